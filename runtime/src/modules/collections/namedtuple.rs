//! `collections.namedtuple(name, fields)`: a new class deriving from `tuple`, made by the
//! same code as a `class` statement (`class::make_class`), so its instances are tuples
//! (indexing, slicing, `len`, `==`, hashing, unpacking) and it can be subclassed. Its
//! namespace holds `_fields` and native functions: `__new__` (positional and keyword
//! construction, with MicroPython's messages), `__getattr__` (fields by name),
//! `__setattr__` (fields are read-only: `can't set attribute`), `__repr__`
//! (`P(x=1, y=2)`), and CPython's `_asdict` (a dict) and `_replace`, which MicroPython's
//! unix port lacks. `fields` is a sequence of names or one string of names separated by
//! spaces or commas (MicroPython splits on spaces only).

use crate::obj::exc::{self, Exc};
use crate::obj::fun::{NativeFn, NativeKwFn};
use crate::obj::{class, dict, str as pystr, tuple, Args, Obj, Type};
use crate::print::StrBuf;

pub static NAMEDTUPLE: NativeFn = NativeFn::new(qstr!("namedtuple"), 2, 2, namedtuple);

static NEW: NativeKwFn = NativeKwFn::new(qstr!("__new__"), nt_new);
static GETATTR: NativeFn = NativeFn::new(qstr!("__getattr__"), 2, 2, nt_getattr);
static SETATTR: NativeFn = NativeFn::new(qstr!("__setattr__"), 3, 3, |_| {
    Err(exc::new_msg(&exc::ATTRIBUTE_ERROR, msg!("can't set attribute")))
});
static REPR: NativeFn = NativeFn::new(qstr!("__repr__"), 1, 1, nt_repr);
static ASDICT: NativeFn = NativeFn::new(qstr!("_asdict"), 1, 1, nt_asdict);
static REPLACE: NativeKwFn = NativeKwFn::new(qstr!("_replace"), nt_replace);

fn str_arg(o: Obj) -> Result<&'static str, Exc> {
    pystr::as_str(o)
        .ok_or_else(|| exc::type_error_fmt(msg!("can't convert '{}' object to str implicitly"), &[o.ty().name()]))
}

fn namedtuple(args: &[Obj]) -> Result<Obj, Exc> {
    let name = crate::qstr::intern(str_arg(args[0])?)?;
    let mut names = crate::gc::GcVec::new();
    if pystr::as_str_bytes(args[1]).is_some() {
        for field in str_arg(args[1])?.split(|c: char| c == ',' || c.is_ascii_whitespace()) {
            if !field.is_empty() {
                names.push(Obj::from_qstr(crate::qstr::intern(field)?))?;
            }
        }
    } else {
        let items = tuple::Items::of(args[1])
            .ok_or_else(|| exc::type_error_fmt(msg!("object '{}' isn't a tuple or list"), &[args[1].ty().name()]))?;
        let mut i = 0;
        while let Some(f) = items.get(i) {
            names.push(Obj::from_qstr(crate::qstr::intern(str_arg(f)?)?))?;
            i += 1;
        }
    }
    let ns = dict::new()?;
    let d = ns.downcast::<dict::DictObj>().ok_or_else(exc::memory_error)?;
    d.set(Obj::from_qstr(qstr!("_fields")), tuple::new(&names)?)?;
    let methods = [
        (NEW.name, Obj::from_static(&NEW)),
        (GETATTR.name, Obj::from_static(&GETATTR)),
        (SETATTR.name, Obj::from_static(&SETATTR)),
        (REPR.name, Obj::from_static(&REPR)),
        (ASDICT.name, Obj::from_static(&ASDICT)),
        (REPLACE.name, Obj::from_static(&REPLACE)),
    ];
    for (name, f) in methods {
        d.set(Obj::from_qstr(name), f)?;
    }
    let bases = tuple::new(&[Obj::from_static(&tuple::TUPLE_TYPE)])?;
    class::make_class(name, bases, ns)
}

/// The field names of a namedtuple class (or of a subclass of one).
fn fields_of(ty: &'static Type) -> &'static [Obj] {
    class::type_lookup(ty, qstr!("_fields")).and_then(tuple::as_slice).unwrap_or(&[])
}

fn field_index(fields: &[Obj], name: Obj) -> Option<usize> {
    fields
        .iter()
        .position(|&f| f == name || pystr::as_str_bytes(name).is_some_and(|n| pystr::as_str_bytes(f) == Some(n)))
}

/// The tuple part of an instance.
fn items_of(o: Obj) -> &'static [Obj] {
    tuple::as_slice(class::native_part(o)).unwrap_or(&[])
}

/// `P(...)`: exactly one value per field, positional first, then by keyword.
fn nt_new(args: Args<'_>) -> Result<Obj, Exc> {
    let Some((&cls, pos)) = args.pos.split_first() else { return Err(exc::missing_args(1)) };
    let ty = cls.downcast::<Type>().ok_or_else(|| exc::type_error(msg!("__new__ needs a type")))?;
    let fields = fields_of(ty);
    let given = pos.len() + args.n_kw();
    if given != fields.len() {
        let (mut a, mut b) = ([0; 24], [0; 24]);
        return Err(exc::new_msg_fmt(
            &exc::TYPE_ERROR,
            msg!("{}() takes {} positional arguments but {} were given"),
            &[
                ty.name(),
                crate::print::int_str(fields.len() as i64, &mut a),
                crate::print::int_str(given as i64, &mut b),
            ],
        ));
    }
    let (t, items) = tuple::alloc(fields.len())?;
    items[..pos.len()].copy_from_slice(pos);
    for item in &mut items[pos.len()..] {
        *item = Obj::NULL;
    }
    for (k, v) in args.kw_pairs() {
        let i = field_index(fields, k).ok_or_else(|| exc::unexpected_kw(k))?;
        if !items[i].is_null() {
            return Err(exc::multiple_values(k));
        }
        items[i] = v;
    }
    class::new_instance(ty, t)
}

fn nt_getattr(args: &[Obj]) -> Result<Obj, Exc> {
    let (o, name) = (args[0], args[1]);
    match field_index(fields_of(o.ty()), name) {
        Some(i) => Ok(items_of(o).get(i).copied().unwrap_or(Obj::NONE)),
        None => Err(exc::attribute_error(o, class::attr_name(name)?)),
    }
}

fn nt_repr(args: &[Obj]) -> Result<Obj, Exc> {
    let o = args[0];
    let mut out = StrBuf::new();
    out.buf.extend_from_slice(o.ty().name().as_bytes())?;
    out.buf.push(b'(')?;
    for (i, (&f, &v)) in fields_of(o.ty()).iter().zip(items_of(o)).enumerate() {
        if i > 0 {
            out.buf.extend_from_slice(b", ")?;
        }
        out.buf.extend_from_slice(pystr::as_str_bytes(f).unwrap_or(b"?"))?;
        out.buf.push(b'=')?;
        crate::obj::print(v, &mut out, crate::print::PrintKind::Repr)?;
    }
    out.buf.push(b')')?;
    pystr::from_gcvec(out.buf)
}

fn nt_asdict(args: &[Obj]) -> Result<Obj, Exc> {
    let o = args[0];
    let d = dict::new()?;
    let dd = d.downcast::<dict::DictObj>().ok_or_else(exc::memory_error)?;
    for (&f, &v) in fields_of(o.ty()).iter().zip(items_of(o)) {
        dd.set(f, v)?;
    }
    Ok(d)
}

/// `p._replace(**changes)`: a new instance of the same class.
fn nt_replace(args: Args<'_>) -> Result<Obj, Exc> {
    let [o] = args.pos else { return Err(exc::arg_count(0, args.pos.len().saturating_sub(1))) };
    let fields = fields_of(o.ty());
    let (t, items) = tuple::alloc(fields.len())?;
    for (slot, &v) in items.iter_mut().zip(items_of(*o)) {
        *slot = v;
    }
    for (k, v) in args.kw_pairs() {
        let Some(i) = field_index(fields, k) else {
            let name = pystr::as_str(k).unwrap_or("?");
            return Err(exc::new_msg_fmt(&exc::VALUE_ERROR, msg!("Got unexpected field names: ['{}']"), &[name]));
        };
        items[i] = v;
    }
    class::new_instance(o.ty(), t)
}
