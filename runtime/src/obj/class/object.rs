//! The `object` type, the root of every class, and its methods `__init__`, `__new__`,
//! `__setattr__` and `__delattr__` (MicroPython's `objobject.c`): the defaults a class's
//! own special methods fall back on (`object.__setattr__(self, k, v)`, `super().__new__`).

use super::{as_class, attr_name, new_instance, store_attr_default, InstanceObj};
use crate::gc;
use crate::obj::repr::{ObjBase, PyObj};
use crate::obj::{dict, exc, fun, str as pystr, Args, Obj, Type};
use crate::print::{Print, PrintKind};
use crate::qstr::Qstr;
use exc::Exc;

/// The `object` type: the root of every class.
pub static OBJECT_TYPE: Type = Type {
    name: qstr!("object"),
    make_new: Some(object_make_new),
    print: Some(object_print),
    locals: Some(&OBJECT_LOCALS),
    ..Type::EMPTY
};

pub(super) static OBJECT_INIT: fun::NativeFn = fun::NativeFn::new(qstr!("__init__"), 1, 1, |_| Ok(Obj::NONE));
/// `object`'s methods, as MicroPython's (`__new__`, `__setattr__`, `__delattr__` for
/// classes that define their own and call these). Lookups on behalf of a class's special
/// methods skip built-in types, so these never stand in for a class's own.
static OBJECT_LOCALS: dict::RomDict = dict::RomDict::new(&crate::obj::dict::sort_entries([
    dict::RomEntry::new(qstr!("__init__"), Obj::from_static(&OBJECT_INIT)),
    dict::RomEntry::new(qstr!("__new__"), Obj::from_static(&OBJECT_NEW)),
    dict::RomEntry::new(qstr!("__setattr__"), Obj::from_static(&OBJECT_SETATTR)),
    dict::RomEntry::new(qstr!("__delattr__"), Obj::from_static(&OBJECT_DELATTR)),
]));

fn object_make_new(ty: &'static Type, args: Args<'_>) -> Result<Obj, Exc> {
    if !args.pos.is_empty() || !args.kw.is_empty() {
        return Err(exc::arg_count(0, args.pos.len()));
    }
    if as_class(ty).is_some() {
        return new_instance(ty, Obj::NULL);
    }
    Ok(Obj::from_ref(gc::new(ObjBase::new(&OBJECT_TYPE))?))
}

// SAFETY: `ObjBase` is the whole layout of a plain `object()`.
unsafe impl PyObj for ObjBase {
    const TYPE: Option<&'static Type> = Some(&OBJECT_TYPE);
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &OBJECT_TYPE)
    }
}

pub(super) fn object_print(o: Obj, out: &mut dyn Print, _kind: PrintKind) -> Result<(), Exc> {
    // A plain `object()` is MicroPython's `<object>`.
    if core::ptr::eq(o.ty(), &OBJECT_TYPE) {
        return out.write(b"<object>");
    }
    out.write(b"<")?;
    out.write_str(o.ty().name())?;
    out.write(b" object at ")?;
    crate::print::print_int_radix(out, o.addr() as i64, 16, "")?;
    out.write(b">")
}

static OBJECT_SETATTR: fun::NativeFn = fun::NativeFn::new(qstr!("__setattr__"), 3, 3, |a| {
    let name = hook_args(a)?;
    store_attr_default(a[0], name, a[2]).map(|()| Obj::NONE)
});
static OBJECT_DELATTR: fun::NativeFn = fun::NativeFn::new(qstr!("__delattr__"), 2, 2, |a| {
    let name = hook_args(a)?;
    store_attr_default(a[0], name, Obj::NULL).map(|()| Obj::NONE).map_err(|e| {
        if e.is(&exc::ATTRIBUTE_ERROR) {
            exc::new_msg(&exc::ATTRIBUTE_ERROR, msg!("no such attribute"))
        } else {
            e
        }
    })
});

/// The attribute name of `object.__setattr__(o, name, ...)`, with MicroPython's errors:
/// `o` must be an instance of a class, `name` a str (a bare `TypeError`).
fn hook_args(a: &[Obj]) -> Result<Qstr, Exc> {
    if a[0].downcast::<InstanceObj>().is_none() {
        return Err(user_type_error());
    }
    if pystr::as_str_bytes(a[1]).is_none() {
        return Err(exc::new(&exc::TYPE_ERROR, &[]));
    }
    attr_name(a[1])
}

#[cold]
pub(super) fn bare_type_error() -> Exc {
    exc::new(&exc::TYPE_ERROR, &[])
}

#[cold]
fn user_type_error() -> Exc {
    exc::type_error(msg!("arg must be user-type"))
}

static OBJECT_NEW: fun::NativeKwFn = fun::NativeKwFn::new(qstr!("__new__"), object_new);

/// `object.__new__(cls, ...)`: a bare instance of `cls` (its built-in part, if any, made
/// with no arguments).
fn object_new(args: Args<'_>) -> Result<Obj, Exc> {
    let Some(&cls) = args.pos.first() else { return Err(exc::arg_count(1, 0)) };
    let ty = cls.downcast::<Type>().ok_or_else(user_type_error)?;
    let Some(c) = as_class(ty) else { return Err(user_type_error()) };
    let native = match c.native.and_then(|n| n.make_new.map(|m| (n, m))) {
        Some((n, make)) => make(n, Args::pos(&[]))?,
        None => Obj::NULL,
    };
    new_instance(ty, native)
}

/// `object.__setattr__` / `__delattr__` / `__new__`, for `super().__setattr__(...)` and
/// `super().__new__(cls)` in user classes.
pub static OBJECT_ATTR_HOOKS: [(Qstr, Obj); 3] = [
    (qstr!("__setattr__"), Obj::from_static(&OBJECT_SETATTR)),
    (qstr!("__delattr__"), Obj::from_static(&OBJECT_DELATTR)),
    (qstr!("__new__"), Obj::from_static(&OBJECT_NEW)),
];
