//! The special methods of classes as type slots: each `instance_*` function looks the
//! method up along the MRO (`user_lookup`) and calls it, falling back to the built-in part
//! of instances of classes that derive from a built-in type.

use super::{bind, object_print, user_lookup, InstanceObj, OBJECT_TYPE};
use crate::bytecode::{BinOp, UnaryOp};
use crate::obj::exc::{self, Exc};
use crate::obj::repr::ObjBase;
use crate::obj::{str as pystr, Args, Obj, Type};
use crate::print::{Print, PrintKind};
use crate::qstr::Qstr;

/// Call the special method `name` of instance `o` with `args` after self; `None` when
/// the class doesn't define it.
#[inline(always)]
pub(super) fn call_special(o: Obj, name: Qstr, args: &[Obj]) -> Result<Option<Obj>, Exc> {
    call_special_or_null(o, name, args).map(Obj::non_null)
}

/// [`call_special`] out of line, NULL for `None`: a `Result<Obj, Exc>` comes back in two
/// registers on the MCU, a `Result<Option<Obj>, Exc>` through memory.
#[inline(never)]
fn call_special_or_null(o: Obj, name: Qstr, args: &[Obj]) -> Result<Obj, Exc> {
    let Some(f) = user_lookup(o.ty(), name) else { return Ok(Obj::NULL) };
    let mut all = [Obj::NULL; 4];
    all[0] = o;
    let n = args.len().min(3);
    all[1..=n].copy_from_slice(&args[..n]);
    let (f, self_) = bind(f, o, o.ty())?;
    if self_.is_null() {
        return crate::obj::call(f, &all[1..=n]);
    }
    crate::obj::call(f, &all[..=n])
}

/// The built-in part of an instance of a class deriving from a built-in type (NULL for
/// anything else). Immediate values (a small int, an interned str) are not pointers, so
/// `downcast` can't see through to them: their accessors ask here.
pub fn native_part(o: Obj) -> Obj {
    if !o.is_ptr() {
        return Obj::NULL;
    }
    native_of(o)
}

/// The built-in part of an instance, if any.
pub(super) fn native_of(o: Obj) -> Obj {
    o.downcast::<InstanceObj>().map_or(Obj::NULL, |i| i.native.get())
}

pub(super) fn instance_print(o: Obj, out: &mut dyn Print, kind: PrintKind) -> Result<(), Exc> {
    let mut r = None;
    if kind == PrintKind::Str {
        r = call_special(o, qstr!("__str__"), &[])?;
    }
    if r.is_none() {
        r = call_special(o, qstr!("__repr__"), &[])?;
    }
    if let Some(s) = r {
        let Some(b) = pystr::as_str_bytes(s) else {
            return Err(exc::type_error(msg!("__str__ returned non-string")));
        };
        return out.write(b);
    }
    let native = native_of(o);
    if !native.is_null() {
        if let (Some(e), PrintKind::Repr) = (Exc::from_obj(o), kind) {
            // An exception subclass prints its own name with the args.
            out.write_str(o.ty().name())?;
            return crate::obj::print(e.args(), out, kind);
        }
        return crate::obj::print(native, out, kind);
    }
    object_print(o, out, kind)
}

pub(super) fn instance_call(o: Obj, args: Args<'_>) -> Result<Obj, Exc> {
    let Some(f) = user_lookup(o.ty(), qstr!("__call__")) else {
        let native = native_of(o);
        if !native.is_null() && native.ty().call().is_some() {
            return crate::obj::call_args(native, args);
        }
        return Err(exc::type_error_fmt(msg!("'{}' object isn't callable"), &[o.ty().name()]));
    };
    crate::obj::call_method(f, o, args)
}

pub fn unary_dunder(op: UnaryOp) -> Qstr {
    match op {
        UnaryOp::Pos => qstr!("__pos__"),
        UnaryOp::Neg => qstr!("__neg__"),
        UnaryOp::Invert => qstr!("__invert__"),
        UnaryOp::Not => qstr!("__not__"),
    }
}

pub(super) fn instance_unary_op(op: UnaryOp, o: Obj) -> Result<Obj, Exc> {
    if let Some(r) = call_special(o, unary_dunder(op), &[])? {
        return Ok(r);
    }
    let native = native_of(o);
    if !native.is_null() {
        return crate::obj::unary_op(op, native);
    }
    Ok(Obj::NULL)
}

/// `__bool__`, then `__len__`, then the built-in part; `None`: no opinion (true).
///
/// # Errors
/// Whatever the special method raises; `TypeError` if it returns a non-bool.
pub fn instance_bool(o: Obj) -> Result<Option<bool>, Exc> {
    if let Some(r) = call_special(o, qstr!("__bool__"), &[])? {
        return match r {
            Obj::TRUE => Ok(Some(true)),
            Obj::FALSE => Ok(Some(false)),
            _ => Err(exc::type_error(msg!("__bool__ should return bool"))),
        };
    }
    if let Some(r) = call_special(o, qstr!("__len__"), &[])? {
        return Ok(Some(len_result(r)? != 0));
    }
    let native = native_of(o);
    if !native.is_null() {
        return crate::obj::is_true(native).map(Some);
    }
    Ok(None)
}

pub(super) fn len_result(r: Obj) -> Result<usize, Exc> {
    if r.is_small_int() && r.small_int_value() >= 0 {
        return Ok(r.small_int_value() as usize);
    }
    if r.is_small_int() {
        return Err(exc::value_error(msg!("__len__() should return >= 0")));
    }
    Err(exc::type_error_fmt(msg!("'{}' object cannot be interpreted as an integer"), &[r.ty().name()]))
}

pub(super) fn instance_len(o: Obj) -> Result<Option<usize>, Exc> {
    if let Some(r) = call_special(o, qstr!("__len__"), &[])? {
        return len_result(r).map(Some);
    }
    let native = native_of(o);
    if !native.is_null() {
        return crate::obj::len(native).map(Some);
    }
    Ok(None)
}

/// The special method name of a binary operator (`__iadd__` for the in-place forms).
pub fn binary_dunder(op: BinOp, inplace: bool) -> Option<Qstr> {
    Some(match (op, inplace) {
        (BinOp::Add, false) => qstr!("__add__"),
        (BinOp::Add, true) => qstr!("__iadd__"),
        (BinOp::Sub, false) => qstr!("__sub__"),
        (BinOp::Sub, true) => qstr!("__isub__"),
        (BinOp::Mul, false) => qstr!("__mul__"),
        (BinOp::Mul, true) => qstr!("__imul__"),
        (BinOp::MatMul, false) => qstr!("__matmul__"),
        (BinOp::MatMul, true) => qstr!("__imatmul__"),
        (BinOp::TrueDiv, false) => qstr!("__truediv__"),
        (BinOp::TrueDiv, true) => qstr!("__itruediv__"),
        (BinOp::FloorDiv, false) => qstr!("__floordiv__"),
        (BinOp::FloorDiv, true) => qstr!("__ifloordiv__"),
        (BinOp::Mod, false) => qstr!("__mod__"),
        (BinOp::Mod, true) => qstr!("__imod__"),
        (BinOp::Pow, false) => qstr!("__pow__"),
        (BinOp::Pow, true) => qstr!("__ipow__"),
        (BinOp::LShift, false) => qstr!("__lshift__"),
        (BinOp::LShift, true) => qstr!("__ilshift__"),
        (BinOp::RShift, false) => qstr!("__rshift__"),
        (BinOp::RShift, true) => qstr!("__irshift__"),
        (BinOp::And, false) => qstr!("__and__"),
        (BinOp::And, true) => qstr!("__iand__"),
        (BinOp::Or, false) => qstr!("__or__"),
        (BinOp::Or, true) => qstr!("__ior__"),
        (BinOp::Xor, false) => qstr!("__xor__"),
        (BinOp::Xor, true) => qstr!("__ixor__"),
        (BinOp::Lt, _) => qstr!("__lt__"),
        (BinOp::Le, _) => qstr!("__le__"),
        (BinOp::Eq, _) => qstr!("__eq__"),
        (BinOp::Ne, _) => qstr!("__ne__"),
        (BinOp::Gt, _) => qstr!("__gt__"),
        (BinOp::Ge, _) => qstr!("__ge__"),
        (BinOp::In, _) => qstr!("__contains__"),
        _ => return None,
    })
}

/// The reflected special method (`__radd__`; `__gt__` for `<`).
pub fn reflected_dunder(op: BinOp) -> Option<Qstr> {
    Some(match op {
        BinOp::Add => qstr!("__radd__"),
        BinOp::Sub => qstr!("__rsub__"),
        BinOp::Mul => qstr!("__rmul__"),
        BinOp::MatMul => qstr!("__rmatmul__"),
        BinOp::TrueDiv => qstr!("__rtruediv__"),
        BinOp::FloorDiv => qstr!("__rfloordiv__"),
        BinOp::Mod => qstr!("__rmod__"),
        BinOp::Pow => qstr!("__rpow__"),
        BinOp::LShift => qstr!("__rlshift__"),
        BinOp::RShift => qstr!("__rrshift__"),
        BinOp::And => qstr!("__rand__"),
        BinOp::Or => qstr!("__ror__"),
        BinOp::Xor => qstr!("__rxor__"),
        BinOp::Lt => qstr!("__gt__"),
        BinOp::Gt => qstr!("__lt__"),
        BinOp::Le => qstr!("__ge__"),
        BinOp::Ge => qstr!("__le__"),
        BinOp::Eq => qstr!("__eq__"),
        BinOp::Ne => qstr!("__ne__"),
        _ => return None,
    })
}

/// `a op b` with `a` an instance: its special method, else its built-in part's operator.
/// `NULL` (or `NotImplemented` from the method) means unsupported.
pub fn instance_binary_op_full(op: BinOp, inplace: bool, a: Obj, b: Obj) -> Result<Obj, Exc> {
    if inplace {
        if let Some(q) = binary_dunder(op, true) {
            if let Some(r) = call_special(a, q, &[b])? {
                if r != NOT_IMPLEMENTED {
                    return Ok(r);
                }
            }
        }
    }
    if let Some(q) = binary_dunder(op, false) {
        if let Some(r) = call_special(a, q, &[b])? {
            if r == NOT_IMPLEMENTED {
                return Ok(Obj::NULL);
            }
            if op == BinOp::In {
                return Ok(Obj::from_bool(crate::obj::is_true(r)?));
            }
            return Ok(r);
        }
    }
    if op == BinOp::Ne {
        // `!=` defaults to the negation of `__eq__`.
        if let Some(r) = call_special(a, qstr!("__eq__"), &[b])? {
            if r == NOT_IMPLEMENTED {
                return Ok(Obj::NULL);
            }
            return Ok(Obj::from_bool(!crate::obj::is_true(r)?));
        }
    }
    let native = native_of(a);
    if !native.is_null() {
        if let Some(f) = native.ty().binary_op() {
            let b = if core::ptr::eq(a.ty(), b.ty()) { native_of(b) } else { b };
            return f(op, native, b);
        }
    }
    Ok(Obj::NULL)
}

/// `b.__rop__(a)` for the right operand `b`, an instance; NULL when it has none.
pub fn instance_reflected_op(op: BinOp, b: Obj, a: Obj) -> Result<Obj, Exc> {
    let Some(q) = reflected_dunder(op) else { return Ok(Obj::NULL) };
    match call_special(b, q, &[a])? {
        Some(r) if r != NOT_IMPLEMENTED => Ok(r),
        _ => Ok(Obj::NULL),
    }
}

pub(super) fn instance_binary_op(op: BinOp, a: Obj, b: Obj) -> Result<Obj, Exc> {
    instance_binary_op_full(op, false, a, b)
}

pub(super) fn instance_subscr(o: Obj, index: Obj, value: Obj) -> Result<Obj, Exc> {
    let r = if value.is_null() {
        call_special(o, qstr!("__getitem__"), &[index])?
    } else if value == crate::obj::SENTINEL_DELETE {
        call_special(o, qstr!("__delitem__"), &[index])?
    } else {
        call_special(o, qstr!("__setitem__"), &[index, value])?
    };
    if let Some(r) = r {
        return Ok(r);
    }
    let native = native_of(o);
    if !native.is_null() {
        return crate::obj::subscr(native, index, value);
    }
    crate::obj::subscr_unsupported(o, value)
}

pub(super) fn instance_iter(o: Obj) -> Result<Obj, Exc> {
    if let Some(r) = call_special(o, qstr!("__iter__"), &[])? {
        return Ok(r);
    }
    if user_lookup(o.ty(), qstr!("__getitem__")).is_some() {
        return crate::obj::getitem_iter(o);
    }
    let native = native_of(o);
    if !native.is_null() {
        return crate::obj::get_iter(native);
    }
    if user_lookup(o.ty(), qstr!("__next__")).is_some() {
        return Ok(o);
    }
    Err(exc::type_error_fmt(msg!("'{}' object isn't iterable"), &[o.ty().name()]))
}

pub(super) fn instance_iternext(o: Obj) -> Result<Obj, Exc> {
    match call_special(o, qstr!("__next__"), &[]) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => {
            // A subclass of a native iterator class: its built-in part iterates.
            let native = native_of(o);
            if !native.is_null() && native.ty().iternext().is_some() {
                return crate::obj::iter_next(native);
            }
            Err(exc::type_error_fmt(msg!("'{}' object isn't an iterator"), &[o.ty().name()]))
        }
        Err(e) if e.is(&exc::STOP_ITERATION) => Ok(Obj::NULL),
        Err(e) => Err(e),
    }
}

/// `hash(o)` for an instance: `__hash__`, else identity.
///
/// # Errors
/// `TypeError: unhashable type` when `__hash__` is None, or whatever it raises.
pub fn instance_hash(o: Obj) -> Result<Option<u32>, Exc> {
    match user_lookup(o.ty(), qstr!("__hash__")) {
        Some(Obj::NONE) => Err(exc::type_error_fmt(msg!("unhashable type: '{}'"), &[o.ty().name()])),
        Some(_) => {
            let r = call_special(o, qstr!("__hash__"), &[])?.unwrap_or(Obj::NONE);
            if r.is_small_int() {
                return Ok(Some(r.small_int_value() as u32));
            }
            Err(exc::type_error(msg!("__hash__ should return an int")))
        }
        None => {
            let native = native_of(o);
            if !native.is_null() && !core::ptr::eq(native.ty(), &OBJECT_TYPE) {
                return crate::obj::hash(native).map(Some);
            }
            Ok(None)
        }
    }
}

/// `NotImplemented`.
pub const NOT_IMPLEMENTED: Obj = Obj::from_static(&NOT_IMPLEMENTED_OBJ);
pub static NOT_IMPLEMENTED_OBJ: ObjBase = ObjBase::new(&NOT_IMPLEMENTED_TYPE);
pub static NOT_IMPLEMENTED_TYPE: Type =
    Type { name: qstr!("NotImplementedType"), print: Some(not_implemented_print), ..Type::EMPTY };

pub(super) fn not_implemented_print(_o: Obj, out: &mut dyn Print, _kind: PrintKind) -> Result<(), Exc> {
    out.write(b"NotImplemented")
}
