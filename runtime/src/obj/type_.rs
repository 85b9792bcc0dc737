//! `type`: type objects are ROM `Type` records; calling one constructs an instance.

use super::repr::PyObj;
use super::{class, exc, Args, Obj, Type};
use crate::obj::TypeExt;
use crate::print::{Print, PrintKind};
use crate::qstr::Qstr;
use exc::Exc;

// SAFETY: `Type` is `#[repr(C)]` with `ObjBase` first; objects whose type is `TYPE_TYPE`
// are `Type` records.
unsafe impl PyObj for Type {
    const TYPE: Option<&'static Type> = Some(&TYPE_TYPE);
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &TYPE_TYPE)
    }
}

pub static TYPE_TYPE: Type = Type {
    base: super::ObjBase::new(&TYPE_TYPE),
    name: qstr!("type"),
    flags: 0,
    parent: None,
    make_new: Some(type_make_new),
    print: Some(type_print),
    attr: Some(type_attr),
    locals: None,
    ext: Some(&TypeExt { call: Some(type_call), ..TypeExt::EMPTY }),
};

fn type_print(o: Obj, out: &mut dyn Print, _kind: PrintKind) -> Result<(), Exc> {
    let name = o.downcast::<Type>().map_or("?", |t| t.name());
    out.write(b"<class '")?;
    out.write_str(name)?;
    out.write(b"'>")
}

fn type_make_new(_ty: &'static Type, args: Args<'_>) -> Result<Obj, Exc> {
    match args.no_kw()? {
        [x] => Ok(Obj::from_static(x.ty())),
        [name, bases, ns] => {
            if super::str::as_str_bytes(*name).is_none() {
                return Err(super::str_methods::cant_convert(*name, "str"));
            }
            class::make_class(class::attr_name(*name)?, *bases, *ns)
        }
        // MicroPython's wording for each count.
        [] => Err(exc::missing_args(1)),
        a if a.len() > 3 => Err(exc::at_most_args(3, a.len())),
        _ => Err(exc::type_error(msg!("type takes 1 or 3 arguments"))),
    }
}

fn type_call(o: Obj, args: Args<'_>) -> Result<Obj, Exc> {
    let Some(t) = o.downcast::<Type>() else { return Err(exc::type_error(msg!("not a type"))) };
    match t.make_new {
        Some(f) => f(t, args),
        None => Err(exc::type_error_fmt(msg!("cannot create '{}' instances"), &[t.name()])),
    }
}

fn type_attr(o: Obj, name: Qstr) -> Result<Obj, Exc> {
    let Some(t) = o.downcast::<Type>() else { return Ok(Obj::NULL) };
    type_load_attr(t, name)
}

/// `C.name` for a type: class attributes along the MRO (functions unbound, classmethods
/// bound to the class), then `__name__`, `__bases__`, `__mro__`, `__dict__`.
///
/// # Errors
/// `MemoryError` binding a classmethod; whatever a metaclass-level `__get__` raises.
pub fn type_load_attr(t: &'static Type, name: Qstr) -> Result<Obj, Exc> {
    if let Some(v) = class::type_lookup(t, name) {
        if let Some(w) = v.downcast::<class::WrapperObj>() {
            if core::ptr::eq(v.ty(), &class::CLASSMETHOD_TYPE) {
                return super::fun::new_bound(w.fun, Obj::from_static(t));
            }
            return Ok(w.fun);
        }
        return Ok(v);
    }
    let c = class::as_class(t);
    Ok(match name {
        n if n == qstr!("__name__") => Obj::from_qstr(t.name),
        n if n == qstr!("__class__") => Obj::from_static(&TYPE_TYPE),
        n if n == qstr!("__bases__") => match c {
            Some(c) => c.bases,
            None => match t.parent {
                Some(p) => super::tuple::new(&[Obj::from_static(p)])?,
                None if core::ptr::eq(t, &class::OBJECT_TYPE) => super::tuple::EMPTY_OBJ,
                None => super::tuple::new(&[Obj::from_static(&class::OBJECT_TYPE)])?,
            },
        },
        n if n == qstr!("__mro__") => match c {
            Some(c) => c.mro.get(),
            None => Obj::NULL,
        },
        n if n == qstr!("__dict__") => c.map_or(Obj::NULL, |c| c.dict),
        _ => Obj::NULL,
    })
}
