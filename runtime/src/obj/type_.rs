//! `type`: type objects are ROM `Type` records; calling one constructs an instance.

use super::repr::PyObj;
use super::{exc, Obj, Type};
use crate::print::{Print, PrintKind};
use crate::qstr::Qstr;
use exc::Exc;

// SAFETY: `Type` is `#[repr(C)]` with `ObjBase` first; objects whose type is `TYPE_TYPE`
// are `Type` records.
unsafe impl PyObj for Type {
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &TYPE_TYPE)
    }
}

pub static TYPE_TYPE: Type = Type {
    base: super::ObjBase::new(&TYPE_TYPE),
    name: qstr!("type"),
    parent: None,
    make_new: Some(type_make_new),
    print: Some(type_print),
    call: Some(type_call),
    attr: Some(type_attr),
    unary_op: None,
    binary_op: None,
    subscr: None,
    iter: None,
    iternext: None,
    len: None,
    locals: None,
};

fn type_print(o: Obj, out: &mut dyn Print, _kind: PrintKind) -> Result<(), Exc> {
    let name = o.downcast::<Type>().map_or("?", |t| t.name());
    out.write(b"<class '")?;
    out.write_str(name)?;
    out.write(b"'>")
}

fn type_make_new(_ty: &'static Type, args: &[Obj]) -> Result<Obj, Exc> {
    match args {
        [x] => Ok(Obj::from_static(x.ty())),
        _ => Err(exc::type_error("type() takes 1 argument")),
    }
}

fn type_call(o: Obj, args: &[Obj]) -> Result<Obj, Exc> {
    let Some(t) = o.downcast::<Type>() else { return Err(exc::type_error("not a type")) };
    match t.make_new {
        Some(f) => f(t, args),
        None => Err(exc::type_error_fmt("cannot create '", t.name(), "' instances")),
    }
}

fn type_attr(o: Obj, name: Qstr) -> Result<Obj, Exc> {
    let Some(t) = o.downcast::<Type>() else { return Ok(Obj::NULL) };
    if name == qstr!("__name__") {
        return Ok(Obj::from_qstr(t.name));
    }
    Ok(t.locals.and_then(|l| l.get(Obj::from_qstr(name))).unwrap_or(Obj::NULL))
}
