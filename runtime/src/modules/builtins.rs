//! The `builtins` namespace: functions, types and exceptions every program sees
//! (MicroPython's `modbuiltins.c`). The table is here with the small functions; the ones
//! over iterables are in [`iter`], printing and input in [`io`], and the ones that
//! compile or look at namespaces in [`code`].

mod code;
pub mod io;
mod iter;

pub use iter::NEXT;

use super::builtins_num;
use crate::obj::dict::{RomDict, RomEntry};
use crate::obj::fun::{NativeFn, NativeKwFn};
use crate::obj::{self, bool, class, dict, exc, int, list, range, str as pystr, tuple, type_, Args, Obj, Type};
use crate::print::PrintKind;
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

/// `import builtins`, when the board lists it: the table below, and the exception
/// classes (kept in `exc::ALL`) through the module's run-time attribute hook.
#[cfg(mp_module = "builtins")]
pub static MODULE: crate::obj::module::Module =
    crate::obj::module::Module::new(qstr!("builtins"), &BUILTINS).with_dynamic(exception_attr);

#[cfg(mp_module = "builtins")]
fn exception_attr(_m: Obj, q: Qstr) -> Result<Obj, Exc> {
    Ok(exc::ALL.iter().find(|t| t.name == q).map_or(Obj::NULL, |t| Obj::from_static(*t)))
}

macro_rules! natives {
    ($($vis:vis $id:ident = $name:expr, $min:expr, $max:expr, $f:expr;)*) => {
        $($vis static $id: NativeFn = NativeFn::new($name, $min, $max, $f);)*
    };
}
pub(crate) use natives;

/// `__build_class__(body, name, *bases, **kw)`: what a `class` statement calls.
pub static BUILD_CLASS: NativeKwFn = NativeKwFn::new(qstr!("__build_class__"), build_class);

natives! {
    LEN = qstr!("len"), 1, 1, builtin_len;
    REPR = qstr!("repr"), 1, 1, builtin_repr;
    ISINSTANCE = qstr!("isinstance"), 2, 2, builtin_isinstance;
    CALLABLE = qstr!("callable"), 1, 1, builtin_callable;
    HASH = qstr!("hash"), 1, 1, builtin_hash;
    ID = qstr!("id"), 1, 1, builtin_id;
    GETATTR = qstr!("getattr"), 2, 3, builtin_getattr;
    HASATTR = qstr!("hasattr"), 2, 2, builtin_hasattr;
    SETATTR = qstr!("setattr"), 3, 3, builtin_setattr;
    DELATTR = qstr!("delattr"), 2, 2, builtin_delattr;
    ISSUBCLASS = qstr!("issubclass"), 2, 2, builtin_issubclass;
}

static BUILTINS: RomDict = RomDict::new(&crate::obj::dict::sort_entries([
    RomEntry::new(qstr!("__name__"), Obj::from_qstr(qstr!("builtins"))),
    RomEntry::new(qstr!("print"), Obj::from_static(&io::PRINT)),
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
    #[cfg(mp_feature = "min_max")]
    RomEntry::new(qstr!("min"), Obj::from_static(&iter::MIN)),
    #[cfg(mp_feature = "min_max")]
    RomEntry::new(qstr!("max"), Obj::from_static(&iter::MAX)),
    RomEntry::new(qstr!("hash"), Obj::from_static(&HASH)),
    RomEntry::new(qstr!("id"), Obj::from_static(&ID)),
    RomEntry::new(qstr!("iter"), Obj::from_static(&iter::ITER)),
    RomEntry::new(qstr!("next"), Obj::from_static(&iter::NEXT)),
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
    #[cfg(mp_feature = "slice")]
    RomEntry::new(qstr!("slice"), Obj::from_static(&crate::obj::slice::SLICE_TYPE)),
    #[cfg(mp_feature = "property")]
    RomEntry::new(qstr!("property"), Obj::from_static(&class::PROPERTY_TYPE)),
    RomEntry::new(qstr!("classmethod"), Obj::from_static(&class::CLASSMETHOD_TYPE)),
    RomEntry::new(qstr!("staticmethod"), Obj::from_static(&class::STATICMETHOD_TYPE)),
    #[cfg(mp_feature = "notimplemented")]
    RomEntry::new(qstr!("NotImplemented"), class::NOT_IMPLEMENTED),
    RomEntry::new(qstr!("setattr"), Obj::from_static(&SETATTR)),
    RomEntry::new(qstr!("delattr"), Obj::from_static(&DELATTR)),
    RomEntry::new(qstr!("issubclass"), Obj::from_static(&ISSUBCLASS)),
    RomEntry::new(qstr!("__build_class__"), Obj::from_static(&BUILD_CLASS)),
    RomEntry::new(qstr!("__import__"), Obj::from_static(&crate::vm::import::IMPORT)),
    RomEntry::new(qstr!("__debug__"), Obj::TRUE),
    RomEntry::new(qstr!("Ellipsis"), Obj::ELLIPSIS),
    RomEntry::new(qstr!("all"), Obj::from_static(&iter::ALL)),
    RomEntry::new(qstr!("any"), Obj::from_static(&iter::ANY)),
    #[cfg(mp_feature = "builtin_compile")]
    RomEntry::new(qstr!("compile"), Obj::from_static(&code::COMPILE)),
    #[cfg(mp_feature = "dir")]
    RomEntry::new(qstr!("dir"), Obj::from_static(&code::DIR)),
    #[cfg(mp_feature = "enumerate")]
    RomEntry::new(qstr!("enumerate"), Obj::from_static(&crate::obj::iters::ENUMERATE_TYPE)),
    #[cfg(mp_feature = "eval_exec")]
    RomEntry::new(qstr!("eval"), Obj::from_static(&code::EVAL)),
    #[cfg(mp_feature = "eval_exec")]
    RomEntry::new(qstr!("exec"), Obj::from_static(&code::EXEC)),
    #[cfg(all(mp_feature = "execfile", mp_module = "os"))]
    RomEntry::new(qstr!("execfile"), Obj::from_static(&code::EXECFILE)),
    #[cfg(mp_feature = "filter")]
    RomEntry::new(qstr!("filter"), Obj::from_static(&crate::obj::iters::FILTER_TYPE)),
    #[cfg(mp_feature = "frozenset")]
    RomEntry::new(qstr!("frozenset"), Obj::from_static(&crate::obj::set::FROZENSET_TYPE)),
    RomEntry::new(qstr!("globals"), Obj::from_static(&code::GLOBALS)),
    #[cfg(mp_feature = "help")]
    RomEntry::new(qstr!("help"), Obj::from_static(&super::help::HELP)),
    #[cfg(mp_feature = "input")]
    RomEntry::new(qstr!("input"), Obj::from_static(&io::INPUT)),
    RomEntry::new(qstr!("locals"), Obj::from_static(&code::LOCALS)),
    RomEntry::new(qstr!("map"), Obj::from_static(&crate::obj::iters::MAP_TYPE)),
    #[cfg(all(mp_feature = "open", mp_module = "os"))]
    RomEntry::new(qstr!("open"), Obj::from_static(&io::OPEN)),
    #[cfg(mp_feature = "reversed")]
    RomEntry::new(qstr!("reversed"), Obj::from_static(&crate::obj::iters::REVERSED_TYPE)),
    #[cfg(mp_feature = "set")]
    RomEntry::new(qstr!("set"), Obj::from_static(&crate::obj::set::SET_TYPE)),
    RomEntry::new(qstr!("sorted"), Obj::from_static(&iter::SORTED)),
    RomEntry::new(qstr!("sum"), Obj::from_static(&iter::SUM)),
    RomEntry::new(qstr!("zip"), Obj::from_static(&crate::obj::iters::ZIP_TYPE)),
]));

fn build_class(args: Args<'_>) -> Result<Obj, Exc> {
    let [body, name_obj, base_list @ ..] = args.pos else {
        return Err(exc::type_error(msg!("__build_class__: not enough arguments")));
    };
    let name = class::attr_name(*name_obj)?;
    let bases = tuple::new(base_list)?;
    if let Some(m) = args.kw_get(qstr!("metaclass")) {
        if m != Obj::from_static(&type_::TYPE_TYPE) {
            return Err(exc::type_error(msg!("metaclass other than type not supported")));
        }
    }
    let ns = dict::new()?;
    let cell = crate::vm::run_class_body(*body, ns)?;
    // A first base that is not a class: its type makes the class, as in MicroPython and
    // CPython (`class A(1)` calls `int('A', (1,), ns)`, which refuses).
    let cls = match base_list.first() {
        Some(&b) if b.downcast::<crate::obj::Type>().is_none() => {
            obj::call(Obj::from_static(b.ty()), &[*name_obj, bases, ns])?
        }
        _ => class::make_class(name, bases, ns)?,
    };
    if let Some(c) = cell.downcast::<crate::obj::cell::CellObj>() {
        c.value.set(cls);
    }
    Ok(cls)
}

/// An attribute name argument: a str (MicroPython's message for anything else).
fn attr_name(o: Obj) -> Result<Qstr, Exc> {
    match pystr::as_str(o) {
        Some(s) => crate::qstr::intern(s),
        None => Err(exc::type_error_fmt(msg!("can't convert '{}' object to str implicitly"), &[o.ty().name()])),
    }
}

fn builtin_getattr(args: &[Obj]) -> Result<Obj, Exc> {
    let q = attr_name(args[1])?;
    let v = match obj::lookup_attr(args[0], q) {
        // A property or `__getattr__` that raises AttributeError: the default, if any.
        Err(e) if e.is(&exc::ATTRIBUTE_ERROR) && args.len() > 2 => Obj::NULL,
        r => r?,
    };
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
    match obj::lookup_attr(args[0], q) {
        Ok(v) => Ok(Obj::from_bool(!v.is_null())),
        // A property or `__getattr__` that raises AttributeError: not there.
        Err(e) if e.is(&exc::ATTRIBUTE_ERROR) => Ok(Obj::FALSE),
        Err(e) => Err(e),
    }
}

fn builtin_setattr(args: &[Obj]) -> Result<Obj, Exc> {
    let q = attr_name(args[1])?;
    obj::store_attr(args[0], q, args[2])?;
    Ok(Obj::NONE)
}

fn builtin_delattr(args: &[Obj]) -> Result<Obj, Exc> {
    let q = attr_name(args[1])?;
    obj::store_attr(args[0], q, Obj::NULL)?;
    Ok(Obj::NONE)
}

fn builtin_issubclass(args: &[Obj]) -> Result<Obj, Exc> {
    let Some(c) = args[0].downcast::<Type>() else {
        return Err(exc::type_error(msg!("issubclass() arg 1 must be a class")));
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
        None => Err(exc::type_error(msg!("issubclass() arg 2 must be a class or a tuple of classes"))),
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
        // MicroPython words it as for issubclass.
        None => Err(exc::type_error(msg!("issubclass() arg 2 must be a class or a tuple of classes"))),
    }
}

fn builtin_isinstance(args: &[Obj]) -> Result<Obj, Exc> {
    Ok(Obj::from_bool(is_instance_of(args[0], args[1])?))
}

fn builtin_callable(args: &[Obj]) -> Result<Obj, Exc> {
    Ok(Obj::from_bool(obj::is_callable(args[0])))
}

/// `hash(o)`: an int is its own hash (as in CPython and MicroPython), so is a float with
/// an integral value that fits a small int (`hash(2.0) == hash(2)`); anything else gets
/// the runtime's 32-bit hash, sign-extended.
fn builtin_hash(args: &[Obj]) -> Result<Obj, Exc> {
    let o = args[0];
    if o.is_small_int() {
        return Ok(o);
    }
    #[cfg(not(mp_float = "none"))]
    if let Some(f) = crate::obj::float::value(o) {
        let i = f as i64;
        if i as crate::obj::float::Float == f && Obj::fits_small_int(i) {
            return Ok(Obj::small_int(i as isize));
        }
    }
    let h = obj::hash(o)?;
    if let Some(v) = int::as_i64(o) {
        // A bool or an instance of a subclass of int without its own `__hash__`.
        if h as i64 == v & 0xffff_ffff {
            return int::from_i64(v);
        }
    }
    int::from_i64(i64::from(h as i32))
}

fn builtin_id(args: &[Obj]) -> Result<Obj, Exc> {
    int::from_i64((args[0].addr() as i64) & 0x3fff_ffff)
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
