//! The `builtins` namespace: functions, types and exceptions every program sees.

use super::builtins_num;
use crate::obj::dict::{RomDict, RomEntry};
use crate::obj::fun::NativeFn;
use crate::obj::{self, bool, class, dict, exc, int, list, range, str as pystr, tuple, type_, Args, Obj, Type};
use crate::print::{Console, PrintKind};
use crate::qstr::Qstr;
use exc::Exc;

/// A builtin by name.
pub fn lookup(q: Qstr) -> Option<Obj> {
    let key = Obj::from_qstr(q);
    if let Some(v) = BUILTINS.get(key) {
        return Some(v);
    }
    exc::ALL.iter().find(|t| t.name == q).map(|t| Obj::from_static(*t))
}

macro_rules! natives {
    ($($id:ident = $name:expr, $min:expr, $max:expr, $f:ident;)*) => {
        $(static $id: NativeFn = NativeFn::new($name, $min, $max, $f);)*
    };
}

/// `__build_class__(body, name, *bases, **kw)`: what a `class` statement calls.
pub static BUILD_CLASS: NativeFn = NativeFn::new_kw(qstr!("__build_class__"), build_class);
static PRINT: NativeFn = NativeFn::new_kw(qstr!("print"), builtin_print);

natives! {
    LEN = qstr!("len"), 1, 1, builtin_len;
    REPR = qstr!("repr"), 1, 1, builtin_repr;
    ISINSTANCE = qstr!("isinstance"), 2, 2, builtin_isinstance;
    CALLABLE = qstr!("callable"), 1, 1, builtin_callable;
    MIN = qstr!("min"), 1, NativeFn::VARARGS, builtin_min;
    MAX = qstr!("max"), 1, NativeFn::VARARGS, builtin_max;
    HASH = qstr!("hash"), 1, 1, builtin_hash;
    ID = qstr!("id"), 1, 1, builtin_id;
    ITER = qstr!("iter"), 1, 1, builtin_iter;
    NEXT = qstr!("next"), 1, 2, builtin_next;
    GETATTR = qstr!("getattr"), 2, 3, builtin_getattr;
    HASATTR = qstr!("hasattr"), 2, 2, builtin_hasattr;
    SETATTR = qstr!("setattr"), 3, 3, builtin_setattr;
    DELATTR = qstr!("delattr"), 2, 2, builtin_delattr;
    ISSUBCLASS = qstr!("issubclass"), 2, 2, builtin_issubclass;
}

static BUILTINS: RomDict = RomDict::new(&crate::obj::dict::sort_entries([
    RomEntry::new(qstr!("__name__"), Obj::from_qstr(qstr!("builtins"))),
    RomEntry::new(qstr!("print"), Obj::from_static(&PRINT)),
    RomEntry::new(qstr!("len"), Obj::from_static(&LEN)),
    RomEntry::new(qstr!("repr"), Obj::from_static(&REPR)),
    RomEntry::new(qstr!("abs"), Obj::from_static(&builtins_num::ABS)),
    RomEntry::new(qstr!("divmod"), Obj::from_static(&builtins_num::DIVMOD)),
    RomEntry::new(qstr!("pow"), Obj::from_static(&builtins_num::POW)),
    RomEntry::new(qstr!("round"), Obj::from_static(&builtins_num::ROUND)),
    RomEntry::new(qstr!("bin"), Obj::from_static(&builtins_num::BIN)),
    RomEntry::new(qstr!("hex"), Obj::from_static(&builtins_num::HEX)),
    RomEntry::new(qstr!("oct"), Obj::from_static(&builtins_num::OCT)),
    #[cfg(not(mp_float = "none"))]
    RomEntry::new(qstr!("float"), Obj::from_static(&crate::obj::float::FLOAT_TYPE)),
    #[cfg(all(mp_feature = "complex", not(mp_float = "none")))]
    RomEntry::new(qstr!("complex"), Obj::from_static(&crate::obj::complex::COMPLEX_TYPE)),
    RomEntry::new(qstr!("isinstance"), Obj::from_static(&ISINSTANCE)),
    RomEntry::new(qstr!("callable"), Obj::from_static(&CALLABLE)),
    RomEntry::new(qstr!("min"), Obj::from_static(&MIN)),
    RomEntry::new(qstr!("max"), Obj::from_static(&MAX)),
    RomEntry::new(qstr!("hash"), Obj::from_static(&HASH)),
    RomEntry::new(qstr!("id"), Obj::from_static(&ID)),
    RomEntry::new(qstr!("iter"), Obj::from_static(&ITER)),
    RomEntry::new(qstr!("next"), Obj::from_static(&NEXT)),
    RomEntry::new(qstr!("ord"), Obj::from_static(&super::builtins_str::ORD)),
    RomEntry::new(qstr!("chr"), Obj::from_static(&super::builtins_str::CHR)),
    #[cfg(mp_feature = "builtin_format")]
    RomEntry::new(qstr!("format"), Obj::from_static(&super::builtins_str::FORMAT)),
    #[cfg(mp_feature = "builtin_ascii")]
    RomEntry::new(qstr!("ascii"), Obj::from_static(&super::builtins_str::ASCII)),
    RomEntry::new(qstr!("bytes"), Obj::from_static(&crate::obj::bytes::BYTES_TYPE)),
    #[cfg(mp_feature = "bytearray")]
    RomEntry::new(qstr!("bytearray"), Obj::from_static(&crate::obj::bytearray::BYTEARRAY_TYPE)),
    #[cfg(mp_feature = "memoryview")]
    RomEntry::new(qstr!("memoryview"), Obj::from_static(&crate::obj::memoryview::MEMORYVIEW_TYPE)),
    RomEntry::new(qstr!("getattr"), Obj::from_static(&GETATTR)),
    RomEntry::new(qstr!("hasattr"), Obj::from_static(&HASATTR)),
    RomEntry::new(qstr!("int"), Obj::from_static(&int::INT_TYPE)),
    RomEntry::new(qstr!("bool"), Obj::from_static(&bool::BOOL_TYPE)),
    RomEntry::new(qstr!("str"), Obj::from_static(&pystr::STR_TYPE)),
    RomEntry::new(qstr!("tuple"), Obj::from_static(&tuple::TUPLE_TYPE)),
    RomEntry::new(qstr!("list"), Obj::from_static(&list::LIST_TYPE)),
    RomEntry::new(qstr!("dict"), Obj::from_static(&dict::DICT_TYPE)),
    RomEntry::new(qstr!("range"), Obj::from_static(&range::RANGE_TYPE)),
    RomEntry::new(qstr!("type"), Obj::from_static(&type_::TYPE_TYPE)),
    RomEntry::new(qstr!("object"), Obj::from_static(&class::OBJECT_TYPE)),
    RomEntry::new(qstr!("super"), Obj::from_static(&class::SUPER_TYPE)),
    RomEntry::new(qstr!("slice"), Obj::from_static(&crate::obj::slice::SLICE_TYPE)),
    RomEntry::new(qstr!("property"), Obj::from_static(&class::PROPERTY_TYPE)),
    RomEntry::new(qstr!("classmethod"), Obj::from_static(&class::CLASSMETHOD_TYPE)),
    RomEntry::new(qstr!("staticmethod"), Obj::from_static(&class::STATICMETHOD_TYPE)),
    RomEntry::new(qstr!("NotImplemented"), class::NOT_IMPLEMENTED),
    RomEntry::new(qstr!("setattr"), Obj::from_static(&SETATTR)),
    RomEntry::new(qstr!("delattr"), Obj::from_static(&DELATTR)),
    RomEntry::new(qstr!("issubclass"), Obj::from_static(&ISSUBCLASS)),
    RomEntry::new(qstr!("__build_class__"), Obj::from_static(&BUILD_CLASS)),
    RomEntry::new(qstr!("__import__"), Obj::from_static(&crate::vm::import::IMPORT)),
    RomEntry::new(qstr!("__debug__"), Obj::TRUE),
]));

fn build_class(args: Args<'_>) -> Result<Obj, Exc> {
    let [body, name, bases @ ..] = args.pos else {
        return Err(exc::type_error("__build_class__: not enough arguments"));
    };
    let name = class::attr_name(*name)?;
    let bases = tuple::new(bases)?;
    if let Some(m) = args.kw_get(qstr!("metaclass")) {
        if m != Obj::from_static(&type_::TYPE_TYPE) {
            return Err(exc::type_error("metaclass other than type not supported"));
        }
    }
    let ns = dict::new()?;
    let cell = crate::vm::run_class_body(*body, ns)?;
    let cls = class::make_class(name, bases, ns)?;
    if let Some(c) = cell.downcast::<crate::obj::cell::CellObj>() {
        c.value.set(cls);
    }
    Ok(cls)
}

fn builtin_print(args: Args<'_>) -> Result<Obj, Exc> {
    let (mut sep, mut end) = (Obj::NONE, Obj::NONE);
    for (k, v) in args.kw_pairs() {
        if pystr::eq_qstr(k, qstr!("sep")) {
            sep = v;
        } else if pystr::eq_qstr(k, qstr!("end")) {
            end = v;
        } else if pystr::eq_qstr(k, qstr!("file")) || pystr::eq_qstr(k, qstr!("flush")) {
        } else {
            return Err(exc::type_error("extra keyword arguments given"));
        }
    }
    let text = |o: Obj, dflt: &'static [u8]| -> Result<&'static [u8], Exc> {
        if o == Obj::NONE {
            return Ok(dflt);
        }
        pystr::as_str_bytes(o).ok_or_else(|| exc::type_error("sep and end must be str"))
    };
    let sep = text(sep, b" ")?;
    let end = text(end, b"\n")?;
    for (i, &a) in args.pos.iter().enumerate() {
        if i > 0 {
            crate::print::stdout_write(sep);
        }
        obj::print(a, &mut Console, PrintKind::Str)?;
    }
    crate::print::stdout_write(end);
    Ok(Obj::NONE)
}

fn builtin_setattr(args: &[Obj]) -> Result<Obj, Exc> {
    let q = class::attr_name(args[1])?;
    obj::store_attr(args[0], q, args[2])?;
    Ok(Obj::NONE)
}

fn builtin_delattr(args: &[Obj]) -> Result<Obj, Exc> {
    let q = class::attr_name(args[1])?;
    obj::store_attr(args[0], q, Obj::NULL)?;
    Ok(Obj::NONE)
}

fn builtin_issubclass(args: &[Obj]) -> Result<Obj, Exc> {
    let Some(c) = args[0].downcast::<Type>() else {
        return Err(exc::type_error("issubclass() arg 1 must be a class"));
    };
    Ok(Obj::from_bool(subclass_of(c, args[1])?))
}

fn subclass_of(c: &'static Type, t: Obj) -> Result<bool, Exc> {
    crate::gc::root::check_stack()?;
    if let Some(ts) = tuple::as_slice(t) {
        for &x in ts {
            if subclass_of(c, x)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    match t.downcast::<Type>() {
        Some(ty) => Ok(c.is_subtype(ty)),
        None => Err(exc::type_error("issubclass() arg 2 must be a class or a tuple of classes")),
    }
}

fn builtin_len(args: &[Obj]) -> Result<Obj, Exc> {
    int::from_i64(obj::len(args[0])? as i64)
}

fn builtin_repr(args: &[Obj]) -> Result<Obj, Exc> {
    pystr::to_str(args[0], PrintKind::Repr)
}

fn is_instance_of(o: Obj, t: Obj) -> Result<bool, Exc> {
    crate::gc::root::check_stack()?;
    if let Some(ts) = tuple::as_slice(t) {
        // Tuples of types may nest: once per level.
        crate::gc::root::check_stack()?;
        for &x in ts {
            if is_instance_of(o, x)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    match t.downcast::<Type>() {
        Some(ty) => Ok(obj::is_instance(o, ty)),
        None => Err(exc::type_error("isinstance() arg 2 must be a type or tuple of types")),
    }
}

fn builtin_isinstance(args: &[Obj]) -> Result<Obj, Exc> {
    Ok(Obj::from_bool(is_instance_of(args[0], args[1])?))
}

fn builtin_callable(args: &[Obj]) -> Result<Obj, Exc> {
    Ok(Obj::from_bool(obj::is_callable(args[0])))
}

fn min_max(args: &[Obj], op: crate::bytecode::BinOp) -> Result<Obj, Exc> {
    let items = match args {
        [seq] => tuple::Items::of(*seq).ok_or_else(|| exc::type_error("min/max of an iterator not supported yet"))?,
        _ => tuple::Items::Slice(args),
    };
    let Some(mut best) = items.get(0) else {
        return Err(exc::value_error("arg is an empty sequence"));
    };
    // Comparing may run code that changes a list: items are read afresh at every step.
    let mut i = 1;
    while let Some(x) = items.get(i) {
        if obj::is_true(obj::binary_op(op, x, best)?)? {
            best = x;
        }
        i += 1;
    }
    Ok(best)
}

fn builtin_min(args: &[Obj]) -> Result<Obj, Exc> {
    min_max(args, crate::bytecode::BinOp::Lt)
}

fn builtin_max(args: &[Obj]) -> Result<Obj, Exc> {
    min_max(args, crate::bytecode::BinOp::Gt)
}

fn builtin_hash(args: &[Obj]) -> Result<Obj, Exc> {
    int::from_i64((obj::hash(args[0])? as i32 & 0x3fff_ffff) as i64)
}

fn builtin_id(args: &[Obj]) -> Result<Obj, Exc> {
    int::from_i64((args[0].addr() as i64) & 0x3fff_ffff)
}

fn builtin_iter(args: &[Obj]) -> Result<Obj, Exc> {
    obj::get_iter(args[0])
}

fn builtin_next(args: &[Obj]) -> Result<Obj, Exc> {
    if let Some(g) = args[0].downcast::<crate::obj::gen::GenObj>() {
        // A generator's return value travels in the StopIteration.
        return match crate::obj::gen::resume(g, Obj::NONE, Obj::NULL)? {
            Ok(v) => Ok(v),
            Err(v) => match args.get(1) {
                Some(&d) => Ok(d),
                None if v == Obj::NONE => Err(exc::new(&exc::STOP_ITERATION, &[])),
                None => Err(exc::new(&exc::STOP_ITERATION, &[v])),
            },
        };
    }
    let x = obj::iter_next(args[0])?;
    if x.is_null() {
        return match args.get(1) {
            Some(&d) => Ok(d),
            None => Err(exc::new(&exc::STOP_ITERATION, &[])),
        };
    }
    Ok(x)
}

fn attr_name(o: Obj) -> Result<Qstr, Exc> {
    let s = pystr::as_str(o).ok_or_else(|| exc::type_error("attribute name must be a string"))?;
    crate::qstr::intern(s)
}

fn builtin_getattr(args: &[Obj]) -> Result<Obj, Exc> {
    let q = attr_name(args[1])?;
    let v = obj::lookup_attr(args[0], q)?;
    if v.is_null() {
        return match args.get(2) {
            Some(&d) => Ok(d),
            None => Err(exc::attribute_error(args[0], q)),
        };
    }
    Ok(v)
}

fn builtin_hasattr(args: &[Obj]) -> Result<Obj, Exc> {
    let q = attr_name(args[1])?;
    Ok(Obj::from_bool(!obj::lookup_attr(args[0], q)?.is_null()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every ROM table of the runtime's types and modules is binary-searched.
    #[test]
    fn rom_tables_are_sorted() {
        assert!(BUILTINS.is_sorted());
        for t in [&list::LIST_TYPE, &class::OBJECT_TYPE, &class::PROPERTY_TYPE, &crate::obj::gen::GEN_TYPE] {
            assert!(t.locals.is_none_or(|l| l.is_sorted()), "{}", t.name());
        }
        assert!(crate::modules::sys::MODULE.globals.is_sorted());
        crate::testing::with_runtime(|| {
            for q in [qstr!("print"), qstr!("len"), qstr!("object"), qstr!("__build_class__"), qstr!("type")] {
                assert!(lookup(q).is_some(), "{}", q.as_str());
            }
            assert!(lookup(qstr!("append")).is_none());
            let heap_name = pystr::new_str("isinstance").unwrap();
            assert_eq!(BUILTINS.get(heap_name), Some(Obj::from_static(&ISINSTANCE)));
        });
    }
}
