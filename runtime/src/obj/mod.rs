//! Objects: the `Type` record every object points to, and the generic operations the
//! VM and built-ins use (MicroPython's `obj.c` and the dispatch half of `runtime.c`).

pub mod bool;
pub mod buffer;
#[cfg(mp_feature = "bytearray")]
pub mod bytearray;
pub mod bytes;
pub mod cell;
mod hash;
pub use hash::hash;
pub mod class;
pub mod code;
#[cfg(all(mp_feature = "complex", not(mp_float = "none")))]
pub mod complex;
pub mod dict;
pub mod exc;
pub mod file;
#[cfg(all(mp_feature = "open", mp_module = "os"))]
pub mod fileio;
#[cfg(not(mp_float = "none"))]
pub mod float;
pub mod fun;
pub mod gen;
pub mod int;
pub mod iters;
pub mod list;
#[cfg(mp_longint = "mpz")]
pub mod longint;
#[cfg(mp_feature = "memoryview")]
pub mod memoryview;
pub mod module;
pub mod native_class;
pub mod none;
pub mod range;
pub mod repr;
pub mod seq;
#[cfg(mp_feature = "set")]
pub mod set;
pub mod slice;
pub mod str;
pub mod str_format;
pub mod str_methods;
#[cfg(mp_feature = "str_op_modulo")]
pub mod str_modulo;
pub mod str_split;
pub mod tuple;
pub mod type_;
mod type_record;
pub mod unicode;

pub use repr::{Obj, ObjBase, PyObj};
pub use type_record::*;

use crate::bytecode::{BinOp, UnaryOp};
use crate::print::{Print, PrintKind};
use crate::qstr::Qstr;
use exc::Exc;

/// The arguments of a call: positional values, then keyword `(name, value)` pairs flat in
/// one slice (names are qstr objects). Both are usually slices of the caller's value
/// stack, so a call allocates nothing.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub pos: &'a [Obj],
    /// `name0, value0, name1, value1, ...`.
    pub kw: &'a [Obj],
}

impl<'a> Args<'a> {
    /// Positional arguments only.
    #[inline]
    pub const fn pos(pos: &'a [Obj]) -> Args<'a> {
        Args { pos, kw: &[] }
    }

    /// Number of keyword arguments.
    #[inline]
    pub fn n_kw(&self) -> usize {
        self.kw.len() / 2
    }

    /// The positional arguments, or MicroPython's `TypeError` if keywords were given.
    ///
    /// # Errors
    /// `TypeError: function doesn't take keyword arguments`.
    #[inline]
    pub fn no_kw(self) -> Result<&'a [Obj], Exc> {
        if self.kw.is_empty() {
            Ok(self.pos)
        } else {
            Err(exc::type_error(msg!("function doesn't take keyword arguments")))
        }
    }

    /// The keyword pairs as `(name, value)`.
    pub fn kw_pairs(&self) -> impl Iterator<Item = (Obj, Obj)> + 'a {
        self.kw.chunks_exact(2).map(|p| (p[0], p[1]))
    }

    /// The value of keyword argument `name`, if given.
    pub fn kw_get(&self, name: Qstr) -> Option<Obj> {
        let key = Obj::from_qstr(name);
        self.kw_pairs().find(|&(k, _)| k == key).map(|(_, v)| v)
    }
}

/// Marks a subscript store as a deletion.
pub const SENTINEL_DELETE: Obj = Obj::SENTINEL;

#[inline]
pub fn is_type(o: Obj, ty: &'static Type) -> bool {
    core::ptr::eq(o.ty(), ty)
}

/// `isinstance(o, ty)` for a single type.
pub fn is_instance(o: Obj, ty: &'static Type) -> bool {
    o.ty().is_subtype(ty)
}

/// Print `o` as `str()` or `repr()` would.
///
/// # Errors
/// Whatever the type's printer raises (e.g. `MemoryError` writing to a string);
/// `RuntimeError` when the stack is exhausted (nested or self-referencing containers).
pub fn print(o: Obj, out: &mut dyn Print, kind: PrintKind) -> Result<(), Exc> {
    crate::gc::root::check_stack()?;
    match o.ty().print {
        Some(p) => p(o, out, kind),
        None => {
            out.write(b"<")?;
            out.write(o.ty().name().as_bytes())?;
            out.write(b">")
        }
    }
}

/// Truth value.
///
/// # Errors
/// None yet (user `__bool__` later).
pub fn is_true(o: Obj) -> Result<bool, Exc> {
    match o {
        Obj::FALSE | Obj::NONE | Obj::NULL => return Ok(false),
        Obj::TRUE => return Ok(true),
        _ if o.is_small_int() => return Ok(o.small_int_value() != 0),
        _ => {}
    }
    // The type once: every case below asks it.
    let ty = o.ty();
    if ty.flags & type_flags::INSTANCE != 0 {
        return Ok(class::instance_bool(o)?.unwrap_or(true));
    }
    if ty.flags & type_flags::NATIVE != 0 {
        return native_class::is_true(o);
    }
    #[cfg(not(mp_float = "none"))]
    if core::ptr::eq(ty, &float::FLOAT_TYPE) {
        return Ok(float::value(o) != Some(0.0));
    }
    #[cfg(all(mp_feature = "complex", not(mp_float = "none")))]
    if core::ptr::eq(ty, &complex::COMPLEX_TYPE) {
        return Ok(complex::is_true(o));
    }
    Ok(match ty.len() {
        Some(len) => len(o)? != Some(0),
        None => true,
    })
}

/// `a op b`.
///
/// # Errors
/// `TypeError` for unsupported operands, and whatever the operation raises.
pub fn binary_op(op: BinOp, a: Obj, b: Obj) -> Result<Obj, Exc> {
    binary_op_inplace(op, false, a, b)
}

/// `a op b`, or `a op= b` when `inplace` (which tries `__iadd__` first on instances).
///
/// # Errors
/// `TypeError` for unsupported operands, and whatever the operation raises.
pub fn binary_op_inplace(op: BinOp, inplace: bool, a: Obj, b: Obj) -> Result<Obj, Exc> {
    crate::gc::root::check_stack()?;
    match op {
        BinOp::Is => return Ok(Obj::from_bool(a == b)),
        BinOp::IsNot => return Ok(Obj::from_bool(a != b)),
        BinOp::Eq => return Ok(Obj::from_bool(equal(a, b)?)),
        BinOp::Ne => return Ok(Obj::from_bool(!equal(a, b)?)),
        BinOp::In | BinOp::NotIn => {
            let found = contains(b, a)?;
            return Ok(Obj::from_bool(found == (op == BinOp::In)));
        }
        _ => {}
    }
    // Each operand's type once: the cases below ask them again and again.
    let (ta, tb) = (a.ty(), b.ty());
    if inplace {
        // `l += x`, `s |= t`: the built-in containers change in place.
        let r = inplace_native(op, a, b)?;
        if !r.is_null() {
            return Ok(r);
        }
        if ta.flags & type_flags::NATIVE != 0 {
            let r = native_class::inplace_op(op, a, b)?;
            if !r.is_null() {
                return Ok(r);
            }
        }
    }
    if ta.flags & type_flags::INSTANCE != 0 {
        let r = class::instance_binary_op_full(op, inplace, a, b)?;
        if !r.is_null() {
            return Ok(r);
        }
    } else if let Some(f) = ta.binary_op() {
        let r = f(op, a, b)?;
        if !r.is_null() {
            return Ok(r);
        }
    }
    if tb.flags & type_flags::INSTANCE != 0 && !core::ptr::eq(ta, tb) {
        let r = class::instance_reflected_op(op, b, a)?;
        if !r.is_null() {
            return Ok(r);
        }
    }
    // A native class's reflected method (`__radd__`; `__gt__` for `<`).
    if tb.flags & type_flags::NATIVE != 0 && !core::ptr::eq(ta, tb) {
        let r = native_class::reflected_op(op, b, a)?;
        if !r.is_null() {
            return Ok(r);
        }
    } else if !core::ptr::eq(ta, tb) && tb.flags & type_flags::INSTANCE == 0 {
        // Let the right operand try (int * str, and so on).
        if let Some(f) = tb.binary_op() {
            if let Some(rop) = reflected(op) {
                let r = f(rop, b, a)?;
                if !r.is_null() {
                    return Ok(r);
                }
            }
        }
    }
    Err(exc::unsupported_binary(op, a, b))
}

/// `a op= b` for a list, a bytearray or a set (also the built-in part of an instance whose class does
/// not define the operator itself): `a`, changed in place; NULL when it does not apply.
fn inplace_native(op: BinOp, a: Obj, b: Obj) -> Result<Obj, Exc> {
    if a.ty().flags & type_flags::INSTANCE != 0 {
        let (inplace_name, name) = match op {
            BinOp::Add => (qstr!("__iadd__"), qstr!("__add__")),
            BinOp::Mul => (qstr!("__imul__"), qstr!("__mul__")),
            BinOp::Or => (qstr!("__ior__"), qstr!("__or__")),
            BinOp::And => (qstr!("__iand__"), qstr!("__and__")),
            BinOp::Sub => (qstr!("__isub__"), qstr!("__sub__")),
            BinOp::Xor => (qstr!("__ixor__"), qstr!("__xor__")),
            _ => return Ok(Obj::NULL),
        };
        if class::type_lookup(a.ty(), inplace_name).is_some() || class::type_lookup(a.ty(), name).is_some() {
            return Ok(Obj::NULL);
        }
    }
    let r = list::inplace_op(op, a, b)?;
    #[cfg(mp_feature = "bytearray")]
    if r.is_null() && a.downcast::<bytearray::ByteArrayObj>().is_some() {
        return bytearray::inplace_op(op, a, b);
    }
    #[cfg(mp_feature = "set")]
    if r.is_null() {
        return set::inplace_op(op, a, b);
    }
    Ok(r)
}

/// The operator to ask the right operand with (operands swapped).
fn reflected(op: BinOp) -> Option<BinOp> {
    Some(match op {
        BinOp::Add => BinOp::Add,
        BinOp::Mul => BinOp::Mul,
        BinOp::Lt => BinOp::Gt,
        BinOp::Gt => BinOp::Lt,
        BinOp::Le => BinOp::Ge,
        BinOp::Ge => BinOp::Le,
        _ => return None,
    })
}

/// `op a`.
///
/// # Errors
/// `TypeError` for unsupported operands.
pub fn unary_op(op: UnaryOp, a: Obj) -> Result<Obj, Exc> {
    if op == UnaryOp::Not {
        return Ok(Obj::from_bool(!is_true(a)?));
    }
    if let Some(f) = a.ty().unary_op() {
        let r = f(op, a)?;
        if !r.is_null() {
            return Ok(r);
        }
    }
    Err(exc::unsupported_unary(op, a))
}

/// `a == b`.
///
/// # Errors
/// `RuntimeError` when comparing nested (or self-referencing) containers runs out of stack.
pub fn equal(a: Obj, b: Obj) -> Result<bool, Exc> {
    if a == b {
        // A NaN is unequal even to itself (as MicroPython's `mp_obj_equal`).
        #[cfg(not(mp_float = "none"))]
        if let Some(f) = float::value(a) {
            return Ok(!f.is_nan());
        }
        return Ok(true);
    }
    if a.is_small_int() && b.is_small_int() {
        return Ok(false);
    }
    // Containers compare their items through here: once per level of nesting.
    crate::gc::root::check_stack()?;
    if a.ty().flags & type_flags::INSTANCE != 0 {
        let r = class::instance_binary_op_full(BinOp::Eq, false, a, b)?;
        if !r.is_null() {
            return is_true(r);
        }
    }
    if b.ty().flags & type_flags::INSTANCE != 0 {
        let r = class::instance_reflected_op(BinOp::Eq, b, a)?;
        if !r.is_null() {
            return is_true(r);
        }
        let native = b.downcast::<class::InstanceObj>().map_or(Obj::NULL, |i| i.native.get());
        if !native.is_null() && a.ty().flags & type_flags::INSTANCE == 0 {
            return equal(a, native);
        }
        return Ok(false);
    }
    if let Some(f) = a.ty().binary_op() {
        let r = f(BinOp::Eq, a, b)?;
        if !r.is_null() {
            return Ok(r == Obj::TRUE);
        }
    }
    if let Some(f) = b.ty().binary_op() {
        let r = f(BinOp::Eq, b, a)?;
        if !r.is_null() {
            return Ok(r == Obj::TRUE);
        }
    }
    Ok(false)
}

/// `item in container`.
///
/// # Errors
/// `TypeError` when the container can't be searched, `RuntimeError` when comparing the
/// items runs out of stack.
pub fn contains(container: Obj, item: Obj) -> Result<bool, Exc> {
    crate::gc::root::check_stack()?;
    if let Some(f) = container.ty().binary_op() {
        let r = f(BinOp::In, container, item)?;
        if !r.is_null() {
            return Ok(r == Obj::TRUE);
        }
    }
    // Fall back to iteration.
    let it = get_iter(container)?;
    loop {
        let x = iter_next(it)?;
        if x.is_null() {
            return Ok(false);
        }
        if equal(x, item)? {
            return Ok(true);
        }
    }
}

/// `f(*args)`.
///
/// # Errors
/// `TypeError` when `f` is not callable, and whatever the call raises.
pub fn call(f: Obj, args: &[Obj]) -> Result<Obj, Exc> {
    call_args(f, Args::pos(args))
}

/// `f(*pos, **kw)` with the arguments as given.
///
/// # Errors
/// `TypeError` when `f` is not callable, and whatever the call raises.
#[inline]
pub fn call_args(f: Obj, args: Args<'_>) -> Result<Obj, Exc> {
    crate::gc::root::check_stack()?;
    match f.ty().call() {
        Some(c) => c(f, args),
        None => Err(exc::type_error_fmt(msg!("'{}' object isn't callable"), &[f.ty().name()])),
    }
}

/// Arguments up to this many are prepended with `self` on the Rust stack.
const METHOD_ARGS_ON_STACK: usize = 12;

/// `f(self_, *args)`: a method call without a bound-method object. Short argument lists
/// are copied into an array on the stack; longer ones into a temporary heap block.
///
/// # Errors
/// Whatever the call raises.
pub fn call_method(f: Obj, self_: Obj, args: Args<'_>) -> Result<Obj, Exc> {
    let n = args.pos.len() + args.kw.len();
    if n < METHOD_ARGS_ON_STACK {
        let mut buf = [Obj::NULL; METHOD_ARGS_ON_STACK];
        buf[0] = self_;
        buf[1..=args.pos.len()].copy_from_slice(args.pos);
        buf[1 + args.pos.len()..=n].copy_from_slice(args.kw);
        let np = 1 + args.pos.len();
        return call_args(f, Args { pos: &buf[..np], kw: &buf[np..=n] });
    }
    let mut v: crate::gc::GcVec<Obj> = crate::gc::GcVec::with_capacity(n + 1)?;
    v.push(self_)?;
    v.extend_from_slice(args.pos)?;
    v.extend_from_slice(args.kw)?;
    let np = 1 + args.pos.len();
    call_args(f, Args { pos: &v[..np], kw: &v[np..] })
}

/// Whether `f` can be called: an instance of a class only when the class has `__call__`.
pub fn is_callable(f: Obj) -> bool {
    let t = f.ty();
    if t.flags & type_flags::INSTANCE != 0 {
        return class::type_lookup(t, qstr!("__call__")).is_some();
    }
    t.call().is_some()
}

/// `o.name`, or `Obj::NULL` if absent.
///
/// # Errors
/// Whatever a getter raises.
pub fn lookup_attr(o: Obj, name: Qstr) -> Result<Obj, Exc> {
    let (v, self_) = load_method(o, name)?;
    if v.is_null() || self_.is_null() {
        return Ok(v);
    }
    fun::new_bound(v, self_)
}

/// `o.name` for a call: `(function, self)` for a method (no bound-method object is
/// made), `(value, NULL)` for anything else, `(NULL, NULL)` when absent.
///
/// # Errors
/// Whatever a getter raises.
pub fn load_method(o: Obj, name: Qstr) -> Result<(Obj, Obj), Exc> {
    let ty = o.ty();
    if ty.flags & type_flags::INSTANCE != 0 {
        return class::instance_load_method(o, name);
    }
    if let Some(s) = o.downcast::<class::SuperObj>() {
        return class::super_load_method(s, name);
    }
    if let Some(t) = o.downcast::<Type>() {
        return type_::type_load_attr(t, name).map(|v| (v, Obj::NULL));
    }
    if let Some(f) = ty.attr {
        let r = f(o, name)?;
        if !r.is_null() {
            return Ok((r, Obj::NULL));
        }
    }
    let found = class::mro_find(ty, |t| t.locals.and_then(|l| l.get(Obj::from_qstr(name))));
    if let Some(v) = found {
        // A method found on the type binds to the instance, a classmethod to the type.
        if fun::is_function(v) {
            return Ok((v, o));
        }
        // A classmethod (`b''.fromhex`, `dict.fromkeys`) binds to the type.
        if is_type(v, &class::CLASSMETHOD_TYPE) {
            if let Some(w) = v.downcast::<class::WrapperObj>() {
                return Ok((w.fun, Obj::from_static(ty)));
            }
        }
        // ROM staticmethods and properties (native classes' `#[staticmethod]`, `#[getter]`).
        if let Some(w) = v.downcast::<class::WrapperObj>() {
            return Ok((w.fun, Obj::NULL));
        }
        if let Some(p) = v.downcast::<class::PropertyObj>() {
            if p.fget == Obj::NONE {
                return Err(exc::new_msg(&exc::ATTRIBUTE_ERROR, msg!("unreadable attribute")));
            }
            return Ok((call(p.fget, &[o])?, Obj::NULL));
        }
        return Ok((v, Obj::NULL));
    }
    if name == qstr!("__class__") {
        return Ok((Obj::from_static(ty), Obj::NULL));
    }
    // As MicroPython, every iterator has `__next__`: the builtin `next` bound to it.
    if name == qstr!("__next__") && ty.iternext().is_some() {
        return Ok((Obj::from_static(&crate::modules::builtins::NEXT), o));
    }
    Ok((Obj::NULL, Obj::NULL))
}

/// `o.name = value`, or `del o.name` when `value` is NULL.
///
/// # Errors
/// `AttributeError` when the object has no settable attributes.
pub fn store_attr(o: Obj, name: Qstr, value: Obj) -> Result<(), Exc> {
    if o.ty().flags & type_flags::INSTANCE != 0 {
        return class::instance_store_attr(o, name, value);
    }
    if let Some(m) = o.downcast::<module::ModuleObj>() {
        if let Some(d) = m.globals.downcast::<dict::DictObj>() {
            if value.is_null() {
                return match d.remove(Obj::from_qstr(name))? {
                    Some(_) => Ok(()),
                    None => Err(exc::store_attribute_error(o, name)),
                };
            }
            return d.set(Obj::from_qstr(name), value);
        }
    }
    if let Some(m) = o.downcast::<module::Module>() {
        if let Some(store) = m.store {
            if !value.is_null() && store(o, name, value)? {
                return Ok(());
            }
        }
    }
    if let Some(t) = o.downcast::<Type>() {
        if let Some(c) = class::as_class(t) {
            if let Some(d) = c.dict.downcast::<dict::DictObj>() {
                if value.is_null() {
                    return match d.remove(Obj::from_qstr(name))? {
                        Some(_) => Ok(()),
                        None => Err(exc::store_attribute_error(o, name)),
                    };
                }
                return d.set(Obj::from_qstr(name), value);
            }
        }
    }
    // A property of a ROM type (a native class's `#[setter]`).
    let found = class::mro_find(o.ty(), |t| t.locals.and_then(|l| l.get(Obj::from_qstr(name))));
    if let Some(p) = found.and_then(|f| f.downcast::<class::PropertyObj>()) {
        if value.is_null() || p.fset == Obj::NONE {
            let what = if value.is_null() { msg!("can't delete attribute") } else { msg!("can't set attribute") };
            return Err(exc::new_msg(&exc::ATTRIBUTE_ERROR, what));
        }
        return call(p.fset, &[o, value]).map(|_| ());
    }
    Err(exc::store_attribute_error(o, name))
}

/// `o.name`.
///
/// # Errors
/// `AttributeError` when absent.
pub fn load_attr(o: Obj, name: Qstr) -> Result<Obj, Exc> {
    let r = lookup_attr(o, name)?;
    if r.is_null() {
        return Err(exc::attribute_error(o, name));
    }
    Ok(r)
}

/// `o[index]`, `o[index] = value`, `del o[index]` (see [`SubscrFn`]).
///
/// # Errors
/// `TypeError` when unsupported, `IndexError`/`KeyError` from the type.
// Out of line: inlined into the dispatch loop (its hot caller, after the plain-list fast
// path in `vm::ops::subscr`), it grew it by 1.3 KB on the host and cost it registers.
#[inline(never)]
pub fn subscr(o: Obj, index: Obj, value: Obj) -> Result<Obj, Exc> {
    match o.ty().subscr() {
        Some(f) => f(o, index, value),
        None => subscr_unsupported(o, value),
    }
}

/// The `TypeError` for a subscript the object doesn't support.
///
/// # Errors
/// Always.
#[cold]
pub fn subscr_unsupported(o: Obj, value: Obj) -> Result<Obj, Exc> {
    let m = if value.is_null() {
        msg!("'{}' object isn't subscriptable")
    } else if value == SENTINEL_DELETE {
        msg!("'{}' object doesn't support item deletion")
    } else {
        msg!("'{}' object doesn't support item assignment")
    };
    Err(exc::type_error_fmt(m, &[o.ty().name()]))
}

/// An iterator over `o[0], o[1], ...` until `IndexError` (the sequence protocol).
///
/// # Errors
/// `MemoryError`.
pub fn getitem_iter(o: Obj) -> Result<Obj, Exc> {
    tuple::getitem_iter(o)
}

/// `iter(o)`.
///
/// # Errors
/// `TypeError: 'x' object isn't iterable`.
pub fn get_iter(o: Obj) -> Result<Obj, Exc> {
    if let Some(f) = o.ty().iter() {
        return f(o);
    }
    if o.ty().iternext().is_some() {
        return Ok(o);
    }
    Err(exc::type_error_fmt(msg!("'{}' object isn't iterable"), &[o.ty().name()]))
}

/// The next item from an iterator, or `Obj::NULL` when exhausted.
///
/// # Errors
/// `TypeError` when `it` is not an iterator, and whatever the iterator raises.
pub fn iter_next(it: Obj) -> Result<Obj, Exc> {
    match it.ty().iternext() {
        Some(f) => f(it),
        None => Err(exc::type_error_fmt(msg!("'{}' object isn't an iterator"), &[it.ty().name()])),
    }
}

/// `len(o)`.
///
/// # Errors
/// `TypeError: object of type 'x' has no len()`.
pub fn len(o: Obj) -> Result<usize, Exc> {
    let n = match o.ty().len() {
        Some(f) => f(o)?,
        None => None,
    };
    match n {
        Some(n) => Ok(n),
        None => Err(exc::type_error_fmt(msg!("object of type '{}' has no len()"), &[o.ty().name()])),
    }
}

/// Collect up to `N` items of an iterable into `out`, for unpacking.
///
/// # Errors
/// `ValueError` when the count differs from `out.len()`.
pub fn unpack(seq: Obj, out: &mut [Obj]) -> Result<(), Exc> {
    let n = out.len();
    if let Some(items) = tuple::Items::of(seq) {
        if items.len() != n {
            return Err(exc::unpack_error(n, items.len()));
        }
        for (i, slot) in out.iter_mut().enumerate() {
            *slot = items.get(i).unwrap_or(Obj::NONE);
        }
        return Ok(());
    }
    let it = get_iter(seq)?;
    for (i, slot) in out.iter_mut().enumerate() {
        let x = iter_next(it)?;
        if x.is_null() {
            return Err(exc::unpack_error(n, i));
        }
        *slot = x;
    }
    if !iter_next(it)?.is_null() {
        return Err(exc::value_error(msg!("too many values to unpack")));
    }
    Ok(())
}

#[cfg(test)]
mod tests;
