//! Classes defined in Python (MicroPython's `objtype.c`): heap type objects, their
//! instances, the MRO, and the special methods that drive operators and protocols.
//!
//! A class is a [`ClassObj`]: a [`Type`] record at its head (so `Obj::ty()` of an instance
//! is an ordinary `&'static Type` and every generic operation dispatches through its
//! slots), followed by the class dict, the bases and the MRO. The slots of every class
//! point at the `instance_*` functions here, which look the special method up along the
//! MRO and call it. An instance is an [`InstanceObj`]: its attribute dict and, when the
//! class derives from a built-in type (`class L(list)`), the *native sub-object* that
//! holds the built-in part. `Obj::downcast::<ListObj>()` sees through an instance to its
//! sub-object, so every built-in method and operator works on subclass instances.

use crate::obj::TypeExt;
use core::cell::Cell;

use super::repr::{ObjBase, PyObj};
use super::{dict, exc, fun, str as pystr, tuple, type_, type_flags, Args, Obj, Type};
use crate::gc;
use crate::print::{Print, PrintKind};
use crate::qstr::{self, Qstr};
use exc::Exc;

pub mod attrs;
pub mod cache;
mod object;
mod slots;

use object::{bare_type_error, object_print, OBJECT_INIT};
pub use object::{OBJECT_ATTR_HOOKS, OBJECT_TYPE};

pub use slots::{
    binary_dunder, instance_binary_op_full, instance_bool, instance_hash, instance_reflected_op, native_part,
    reflected_dunder, unary_dunder, NOT_IMPLEMENTED, NOT_IMPLEMENTED_OBJ, NOT_IMPLEMENTED_TYPE,
};
use slots::{
    instance_binary_op, instance_call, instance_iter, instance_iternext, instance_len, instance_print, instance_subscr,
    instance_unary_op,
};

/// A class: its type record first, then what only classes have.
#[repr(C)]
pub struct ClassObj {
    pub ty: Type,
    /// Class attributes and methods (a `dict`).
    pub dict: Obj,
    /// The bases as given (a tuple of types).
    pub bases: Obj,
    /// The method resolution order, starting with this class (a tuple of types); set
    /// once, right after the class is made (the tuple holds the class itself).
    pub mro: Cell<Obj>,
    /// The built-in type whose instances are the sub-object of this class's instances
    /// (`None`: plain instances).
    pub native: Option<&'static Type>,
    /// How many attributes the instance of this class last stored to had: a new instance's
    /// attributes get that much room, so they do not grow (or keep slack) while `__init__`
    /// fills them. The last, not the most: one large instance does not size all the others.
    pub attrs: Cell<u32>,
}

/// An instance of a class.
#[repr(C)]
pub struct InstanceObj {
    pub base: ObjBase,
    /// The attributes (see `attrs`): NULL, a block of `cap` (name, value) pairs of which
    /// `len` are set, or a `DictObj` when `cap` is `attrs::DICT`.
    store: Cell<*mut ()>,
    len: Cell<u8>,
    cap: Cell<u8>,
    /// A Bloom filter of the names ever set in the pairs (`attrs::bloom_bit`): most loads
    /// of a method miss the instance without a scan.
    bloom: Cell<u16>,
    /// The built-in part for classes deriving from a built-in type, or NULL.
    pub native: Cell<Obj>,
}

// SAFETY: `#[repr(C)]` with `ObjBase` first; objects whose type carries the INSTANCE flag
// are made only by `new_instance`.
unsafe impl PyObj for InstanceObj {
    fn has_layout(ty: &'static Type) -> bool {
        ty.flags & type_flags::INSTANCE != 0
    }
}

/// The class record behind a type, if it is a class defined in Python.
#[inline]
pub fn as_class(t: &'static Type) -> Option<&'static ClassObj> {
    if t.flags & type_flags::INSTANCE == 0 {
        return None;
    }
    // SAFETY: the INSTANCE flag is set only on the `ty` head of a `ClassObj` (`make_class`),
    // which is `#[repr(C)]` with `ty` first, so the pointer to the head is a pointer to it.
    Some(unsafe { &*(t as *const Type as *const ClassObj) })
}

/// A fresh instance of class `ty` with `native` (maybe NULL) as its built-in part.
///
/// # Errors
/// `MemoryError`.
pub fn new_instance(ty: &'static Type, native: Obj) -> Result<Obj, Exc> {
    let i = gc::new(InstanceObj {
        base: ObjBase::new(ty),
        store: Cell::new(core::ptr::null_mut()),
        len: Cell::new(0),
        cap: Cell::new(0),
        bloom: Cell::new(0),
        native: Cell::new(native),
    })?;
    Ok(Obj::from_ref(i))
}

/// The MRO of any type as a slice-walk: calls `f` on each type in order until it
/// returns `Some`.
pub fn mro_find<R>(t: &'static Type, mut f: impl FnMut(&'static Type) -> Option<R>) -> Option<R> {
    if let Some(c) = as_class(t) {
        for &m in tuple::as_slice(c.mro.get()).unwrap_or(&[]) {
            if let Some(mt) = m.downcast::<Type>() {
                if let Some(r) = f(mt) {
                    return Some(r);
                }
            }
        }
        return None;
    }
    let mut cur = Some(t);
    while let Some(ty) = cur {
        if let Some(r) = f(ty) {
            return Some(r);
        }
        cur = ty.parent;
    }
    // Every built-in type derives from object.
    if !core::ptr::eq(t, &OBJECT_TYPE) {
        return f(&OBJECT_TYPE);
    }
    None
}

/// `name` in the type's own namespace (not its bases).
///
/// # Errors
/// Whatever hashing the key raises (never for qstrs).
pub fn own_lookup(t: &'static Type, name: Qstr) -> Result<Option<Obj>, Exc> {
    if let Some(c) = as_class(t) {
        return match c.dict.downcast::<dict::DictObj>() {
            Some(d) => d.get_name(name),
            None => Ok(None),
        };
    }
    Ok(t.locals.and_then(|l| l.get(Obj::from_qstr(name))))
}

/// `name` along the type's MRO (through the lookup cache).
#[inline]
pub fn type_lookup(t: &'static Type, name: Qstr) -> Option<Obj> {
    match cache::get(t, name, cache::Kind::All) {
        Some(v) => (!v.is_null()).then_some(v),
        None => lookup_and_cache(t, name, cache::Kind::All),
    }
}

/// `name` along the MRO of a class, skipping the built-in types (whose special methods
/// are slots, not dict entries), through the lookup cache.
#[inline]
fn user_lookup(t: &'static Type, name: Qstr) -> Option<Obj> {
    match cache::get(t, name, cache::Kind::User) {
        Some(v) => (!v.is_null()).then_some(v),
        None => lookup_and_cache(t, name, cache::Kind::User),
    }
}

/// The MRO walk behind a cache miss.
#[inline(never)]
fn lookup_and_cache(t: &'static Type, name: Qstr, kind: cache::Kind) -> Option<Obj> {
    let found = mro_find(t, |ty| {
        if kind == cache::Kind::User && as_class(ty).is_none() {
            return None;
        }
        own_lookup(ty, name).ok().flatten()
    });
    cache::put(t, name, kind, found);
    found
}

/// Forget every cached lookup: a class dict changed (called by watched dict tables).
pub fn invalidate_cache() {
    cache::invalidate();
}

// ---------------------------------------------------------------------------------------
// Descriptors: property, classmethod, staticmethod

/// `property(fget, fset, fdel)`.
#[repr(C)]
pub struct PropertyObj {
    pub base: ObjBase,
    pub fget: Obj,
    pub fset: Obj,
    pub fdel: Obj,
}

// SAFETY: `#[repr(C)]`, `ObjBase` first; only `PROPERTY_TYPE` objects are `PropertyObj`s.
unsafe impl PyObj for PropertyObj {
    const TYPE: Option<&'static Type> = Some(&PROPERTY_TYPE);
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &PROPERTY_TYPE)
    }
}

/// The type of properties: Python's `property(...)` (the `property` feature) and the
/// getters of native classes (`#[mp_class]`), which exist at every level.
#[cfg(mp_feature = "property")]
pub static PROPERTY_TYPE: Type =
    Type { name: qstr!("property"), make_new: Some(property_make_new), locals: Some(&PROPERTY_LOCALS), ..Type::EMPTY };
#[cfg(not(mp_feature = "property"))]
pub static PROPERTY_TYPE: Type = Type { name: qstr!("property"), ..Type::EMPTY };

#[cfg(mp_feature = "property")]
fn property_make_new(_ty: &'static Type, args: Args<'_>) -> Result<Obj, Exc> {
    let mut slots = [Obj::NONE; 4];
    fun::parse_args(&PROPERTY_SPEC, args, &mut slots)?;
    new_property(slots[0], slots[1], slots[2])
}

#[cfg(mp_feature = "property")]
static PROPERTY_SPEC: fun::ArgSpec = fun::ArgSpec {
    names: &[qstr!("fget"), qstr!("fset"), qstr!("fdel"), qstr!("doc")],
    defaults: &[Obj::NONE, Obj::NONE, Obj::NONE, Obj::NONE],
    n_pos: 4,
    varargs: false,
    varkw: false,
};

#[cfg(mp_feature = "property")]
fn new_property(fget: Obj, fset: Obj, fdel: Obj) -> Result<Obj, Exc> {
    Ok(Obj::from_ref(gc::new(PropertyObj { base: ObjBase::new(&PROPERTY_TYPE), fget, fset, fdel })?))
}

#[cfg(mp_feature = "property")]
fn property_copy(args: &[Obj], which: usize) -> Result<Obj, Exc> {
    let p = args[0].downcast::<PropertyObj>().ok_or_else(|| exc::type_error(msg!("not a property")))?;
    let mut f = [p.fget, p.fset, p.fdel];
    f[which] = args[1];
    new_property(f[0], f[1], f[2])
}

#[cfg(mp_feature = "property")]
static PROPERTY_GETTER: fun::NativeFn = fun::NativeFn::new(qstr!("getter"), 2, 2, |a| property_copy(a, 0));
#[cfg(mp_feature = "property")]
static PROPERTY_SETTER: fun::NativeFn = fun::NativeFn::new(qstr!("setter"), 2, 2, |a| property_copy(a, 1));
#[cfg(mp_feature = "property")]
static PROPERTY_DELETER: fun::NativeFn = fun::NativeFn::new(qstr!("deleter"), 2, 2, |a| property_copy(a, 2));
#[cfg(mp_feature = "property")]
static PROPERTY_LOCALS: dict::RomDict = dict::RomDict::new(&crate::obj::dict::sort_entries([
    dict::RomEntry::new(qstr!("getter"), Obj::from_static(&PROPERTY_GETTER)),
    dict::RomEntry::new(qstr!("setter"), Obj::from_static(&PROPERTY_SETTER)),
    dict::RomEntry::new(qstr!("deleter"), Obj::from_static(&PROPERTY_DELETER)),
]));

/// `classmethod(f)` / `staticmethod(f)`: a wrapper holding the function.
#[repr(C)]
pub struct WrapperObj {
    pub base: ObjBase,
    pub fun: Obj,
}

// SAFETY: `#[repr(C)]`, `ObjBase` first; only the two wrapper types are `WrapperObj`s.
unsafe impl PyObj for WrapperObj {
    const TYPE: Option<&'static Type> = Some(&CLASSMETHOD_TYPE);
    const ALT_TYPE: Option<&'static Type> = Some(&STATICMETHOD_TYPE);
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &CLASSMETHOD_TYPE) || core::ptr::eq(ty, &STATICMETHOD_TYPE)
    }
}

pub static CLASSMETHOD_TYPE: Type =
    Type { name: qstr!("classmethod"), make_new: Some(wrapper_make_new), ..Type::EMPTY };
pub static STATICMETHOD_TYPE: Type =
    Type { name: qstr!("staticmethod"), make_new: Some(wrapper_make_new), ..Type::EMPTY };

fn wrapper_make_new(ty: &'static Type, args: Args<'_>) -> Result<Obj, Exc> {
    match args.no_kw()? {
        [f] => Ok(Obj::from_ref(gc::new(WrapperObj { base: ObjBase::new(ty), fun: *f })?)),
        a => Err(exc::arg_count(1, a.len())),
    }
}

/// What an attribute found on a type becomes when read through `obj` (an instance, or
/// the type itself when `obj` is NULL): `(value, self)` where a non-NULL self means
/// "call `value` with self first" (a method, bound without allocating).
///
/// # Errors
/// Whatever a property getter or `__get__` raises.
fn bind(found: Obj, obj: Obj, owner: &'static Type) -> Result<(Obj, Obj), Exc> {
    if fun::is_function(found) {
        return Ok((found, obj));
    }
    if let Some(w) = found.downcast::<WrapperObj>() {
        if core::ptr::eq(found.ty(), &CLASSMETHOD_TYPE) {
            return Ok((w.fun, Obj::from_static(owner)));
        }
        return Ok((w.fun, Obj::NULL));
    }
    if let Some(p) = found.downcast::<PropertyObj>() {
        if obj.is_null() {
            return Ok((found, Obj::NULL));
        }
        if p.fget == Obj::NONE {
            return Err(exc::new_msg(&exc::ATTRIBUTE_ERROR, msg!("unreadable attribute")));
        }
        return Ok((super::call(p.fget, &[obj])?, Obj::NULL));
    }
    #[cfg(mp_feature = "descriptors")]
    if let Some(c) = as_class(found.ty()) {
        if let Some(get) = user_lookup(&c.ty, qstr!("__get__")) {
            let o = if obj.is_null() { Obj::NONE } else { obj };
            return Ok((super::call(get, &[found, o, Obj::from_static(owner)])?, Obj::NULL));
        }
    }
    Ok((found, Obj::NULL))
}

/// Load `name` from an instance of a class for a call: `(function, self)` for a method,
/// `(value, NULL)` otherwise, `(NULL, NULL)` when absent.
///
/// # Errors
/// Whatever a getter raises.
pub fn instance_load_method(o: Obj, name: Qstr) -> Result<(Obj, Obj), Exc> {
    let ty = o.ty();
    let entry = cache::entry(ty, name, cache::Kind::All);
    let found = match entry {
        Some(e) => Some(cache::value(e)).filter(|v| !v.is_null()),
        None => lookup_and_cache(ty, name, cache::Kind::All),
    };
    // Data descriptors on the class take precedence over the instance attributes (a plain
    // function, the usual find, is none: one type compare).
    if let Some(f) = found.filter(|&f| !fun::is_function(f)) {
        if f.downcast::<PropertyObj>().is_some() || is_data_descriptor(f) {
            return bind(f, o, ty);
        }
    }
    if let Some(inst) = o.downcast::<InstanceObj>() {
        // Where the name was in the last instance of this class tried first.
        let hint = entry.and_then(cache::hint);
        if let Some((v, pos)) = attrs::get(inst, name, hint)? {
            if let Some(e) = entry.filter(|_| hint != Some(pos)) {
                cache::set_hint(e, pos);
            }
            return Ok((v, Obj::NULL));
        }
    }
    if let Some(f) = found {
        return bind(f, o, ty);
    }
    if name == qstr!("__class__") {
        return Ok((Obj::from_static(ty), Obj::NULL));
    }
    if name == qstr!("__dict__") {
        if let Some(inst) = o.downcast::<InstanceObj>() {
            return Ok((Obj::from_ref(attrs::into_dict(inst, 0)?), Obj::NULL));
        }
    }
    // The built-in part's own attributes (e.g. an exception's `args`).
    if let Some(inst) = o.downcast::<InstanceObj>() {
        let native = inst.native.get();
        if !native.is_null() {
            if let Some(a) = native.ty().attr {
                let v = a(native, name)?;
                if !v.is_null() {
                    return Ok((v, Obj::NULL));
                }
            }
        }
    }
    if name != qstr!("__getattr__") {
        if let Some(ga) = user_lookup(ty, qstr!("__getattr__")) {
            return Ok((super::call(ga, &[o, Obj::from_qstr(name)])?, Obj::NULL));
        }
    }
    Ok((Obj::NULL, Obj::NULL))
}

/// Whether `f` is an instance of a class with `__set__` (always false without the
/// `descriptors` feature, MicroPython's `MICROPY_PY_DESCRIPTORS`).
fn is_data_descriptor(f: Obj) -> bool {
    cfg!(mp_feature = "descriptors") && as_class(f.ty()).is_some_and(|c| user_lookup(&c.ty, qstr!("__set__")).is_some())
}

/// The `attr` slot of classes: a plain load (methods become bound-method objects).
fn instance_attr(o: Obj, name: Qstr) -> Result<Obj, Exc> {
    let (v, self_) = instance_load_method(o, name)?;
    if self_.is_null() || v.is_null() {
        return Ok(v);
    }
    fun::new_bound(v, self_)
}

/// Store (`value` non-NULL) or delete (`value` NULL) an attribute of an instance.
///
/// # Errors
/// `AttributeError`, or whatever `__setattr__`/a setter raises.
pub fn instance_store_attr(o: Obj, name: Qstr, value: Obj) -> Result<(), Exc> {
    #[cfg(mp_feature = "delattr_setattr")]
    if gc::root::state().setattr_hooks.get() {
        let hook = if value.is_null() { qstr!("__delattr__") } else { qstr!("__setattr__") };
        if let Some(f) = user_lookup(o.ty(), hook) {
            let key = Obj::from_qstr(name);
            let r = if value.is_null() { super::call(f, &[o, key]) } else { super::call(f, &[o, key, value]) };
            return r.map(|_| ());
        }
    }
    store_attr_default(o, name, value)
}

/// Note a key put in a class dict: once any class has had `__setattr__` or `__delattr__`,
/// attribute stores look for them (before, a store skips that lookup).
#[inline]
pub fn note_class_key(key: Obj) {
    if cfg!(mp_feature = "delattr_setattr")
        && (key == Obj::from_qstr(qstr!("__setattr__")) || key == Obj::from_qstr(qstr!("__delattr__")))
    {
        gc::root::state().setattr_hooks.set(true);
    }
}

/// `object.__setattr__`: descriptors on the class, else the instance dict.
pub(super) fn store_attr_default(o: Obj, name: Qstr, value: Obj) -> Result<(), Exc> {
    let ty = o.ty();
    let entry = cache::entry(ty, name, cache::Kind::All);
    let found = match entry {
        Some(e) => Some(cache::value(e)).filter(|v| !v.is_null()),
        None => lookup_and_cache(ty, name, cache::Kind::All),
    };
    if let Some(f) = found {
        if let Some(p) = f.downcast::<PropertyObj>() {
            let setter = if value.is_null() { p.fdel } else { p.fset };
            if setter == Obj::NONE {
                // MicroPython's words: `'A' object has no attribute 'p'` (CPython's: "can't
                // set attribute", "property 'p' of 'A' object has no setter").
                return Err(exc::store_attribute_error(o, name));
            }
            if value.is_null() {
                super::call(setter, &[o])?;
            } else {
                super::call(setter, &[o, value])?;
            }
            return Ok(());
        }
        #[cfg(mp_feature = "descriptors")]
        if let Some(c) = as_class(f.ty()) {
            let hook = if value.is_null() { qstr!("__delete__") } else { qstr!("__set__") };
            if let Some(s) = user_lookup(&c.ty, hook) {
                if value.is_null() {
                    super::call(s, &[f, o])?;
                } else {
                    super::call(s, &[f, o, value])?;
                }
                return Ok(());
            }
        }
    }
    let Some(inst) = o.downcast::<InstanceObj>() else { return Err(exc::store_attribute_error(o, name)) };
    if value.is_null() {
        return if attrs::delete(inst, name)? { Ok(()) } else { Err(exc::store_attribute_error(o, name)) };
    }
    // Where loads last found the name in an instance of this class (`self.n += 1`), and
    // how many attributes the last instance stored to had (the room a first block gets).
    let class = as_class(ty);
    let reserve = class.map_or(0, |c| c.attrs.get() as usize);
    let n = attrs::set(inst, name, value, entry.and_then(cache::hint), reserve)?;
    if let Some(c) = class {
        let n = u32::try_from(n).unwrap_or(u32::MAX);
        c.attrs.set(n);
    }
    Ok(())
}

/// An attribute name given as a str.
///
/// # Errors
/// `TypeError` when not a str, `MemoryError` interning it.
pub fn attr_name(o: Obj) -> Result<Qstr, Exc> {
    if o.is_qstr() {
        return Ok(o.qstr_value());
    }
    match pystr::as_str(o) {
        Some(s) => qstr::intern(s),
        None => Err(exc::type_error(msg!("attribute name must be string"))),
    }
}

// ---------------------------------------------------------------------------------------
// Making classes and instances

/// The type record every class starts from: all slots go through the special methods.
const CLASS_TEMPLATE: Type = Type {
    base: ObjBase::new(&type_::TYPE_TYPE),
    flags: type_flags::INSTANCE,
    make_new: Some(class_make_new),
    print: Some(instance_print),
    attr: Some(instance_attr),
    ext: Some(&TypeExt {
        call: Some(instance_call),
        unary_op: Some(instance_unary_op),
        binary_op: Some(instance_binary_op),
        subscr: Some(instance_subscr),
        iter: Some(instance_iter),
        iternext: Some(instance_iternext),
        len: Some(instance_len),
        ..TypeExt::EMPTY
    }),
    ..Type::EMPTY
};

/// The MRO of a class with at most one base (no `multiple_inheritance`, MicroPython's
/// `MICROPY_MULTIPLE_INHERITANCE`): the base's own MRO.
///
/// # Errors
/// `NotImplementedError` for two or more bases, `TypeError` for a base that is no type.
#[cfg(not(mp_feature = "multiple_inheritance"))]
fn c3_mro(bases: &[Obj], out: &mut gc::GcVec<Obj>) -> Result<(), Exc> {
    match bases {
        [] => Ok(()),
        [b] => {
            let t = b.downcast::<Type>().ok_or_else(|| exc::type_error(msg!("bases must be types")))?;
            mro_find(t, |m| out.push(Obj::from_static(m)).err()).map_or(Ok(()), Err)
        }
        _ => Err(exc::new_msg(&exc::NOT_IMPLEMENTED_ERROR, msg!("multiple inheritance not supported"))),
    }
}

/// The C3 linearisation of `bases` (tuple of types) for a new class, without the class
/// itself, appended to `out`.
#[cfg(mp_feature = "multiple_inheritance")]
fn c3_mro(bases: &[Obj], out: &mut gc::GcVec<Obj>) -> Result<(), Exc> {
    // The sequences to merge, concatenated: each base's MRO, then the bases themselves.
    // `bounds[i]` is `(head, end)` of sequence i in `items`.
    let mut items: gc::GcVec<Obj> = gc::GcVec::new();
    let mut bounds: gc::GcVec<(usize, usize)> = gc::GcVec::new();
    for &b in bases {
        let t = b.downcast::<Type>().ok_or_else(|| exc::type_error(msg!("bases must be types")))?;
        let start = items.len();
        if let Some(e) = mro_find(t, |m| items.push(Obj::from_static(m)).err()) {
            return Err(e);
        }
        bounds.push((start, items.len()))?;
    }
    let start = items.len();
    items.extend_from_slice(bases)?;
    bounds.push((start, items.len()))?;
    loop {
        let mut candidate = Obj::NULL;
        let mut any_left = false;
        for &(h, e) in bounds.iter() {
            if h >= e {
                continue;
            }
            any_left = true;
            let c = items[h];
            // A good head appears in no sequence's tail.
            let in_tail = bounds.iter().any(|&(h2, e2)| h2 < e2 && items[h2 + 1..e2].contains(&c));
            if !in_tail {
                candidate = c;
                break;
            }
        }
        if !any_left {
            return Ok(());
        }
        if candidate.is_null() {
            return Err(exc::type_error(msg!("MRO conflict")));
        }
        out.push(candidate)?;
        for b in bounds.iter_mut() {
            if b.0 < b.1 && items[b.0] == candidate {
                b.0 += 1;
            }
        }
    }
}

/// `type(name, bases, dict)` and the end of a `class` statement: a new class.
///
/// # Errors
/// `TypeError` for bad bases (not types, an MRO conflict, two incompatible built-in
/// bases), `MemoryError`.
pub fn make_class(name: Qstr, bases: Obj, ns: Obj) -> Result<Obj, Exc> {
    // MicroPython's `TypeError`s for malformed bases and namespaces have no message.
    let base_items = tuple::as_slice(bases).ok_or_else(bare_type_error)?;
    let mut native: Option<&'static Type> = None;
    let mut first: Option<&'static Type> = None;
    for &b in base_items {
        let t = b.downcast::<Type>().ok_or_else(bare_type_error)?;
        if t.make_new.is_none() && as_class(t).is_none() {
            return Err(exc::type_error_fmt(msg!("type '{}' isn't an acceptable base type"), &[t.name()]));
        }
        first.get_or_insert(t);
        let n = match as_class(t) {
            Some(c) => c.native,
            None if core::ptr::eq(t, &OBJECT_TYPE) => None,
            None => Some(t),
        };
        if let Some(n) = n {
            match native {
                Some(m) if !core::ptr::eq(m, n) && !n.is_subtype(m) && !m.is_subtype(n) => {
                    return Err(exc::type_error(msg!("multiple bases have instance lay-out conflict")));
                }
                Some(m) if m.is_subtype(n) => {}
                _ => native = Some(n),
            }
        }
    }
    let mut mro = gc::GcVec::new();
    mro.push(Obj::NULL)?;
    c3_mro(base_items, &mut mro)?;
    if !mro.iter().any(|&m| m == Obj::from_static(&OBJECT_TYPE)) {
        mro.push(Obj::from_static(&OBJECT_TYPE))?;
    }
    let ns = match ns.downcast::<dict::DictObj>() {
        Some(d) => {
            // From now on a change to it may change what lookups on the class find.
            d.table.watch();
            ns
        }
        None => return Err(bare_type_error()),
    };
    let ty = Type { name, parent: Some(first.unwrap_or(&OBJECT_TYPE)), ..CLASS_TEMPLATE };
    let class = gc::new(ClassObj { ty, dict: ns, bases, mro: Cell::new(Obj::NULL), native, attrs: Cell::new(0) })?;
    let class_obj = Obj::from_static(&class.ty);
    if let Some(m) = mro.first_mut() {
        *m = class_obj;
    }
    class.mro.set(tuple::new(&mro)?);
    Ok(class_obj)
}

/// Calling a class: `__new__` (or the built-in part's constructor), then `__init__`.
fn class_make_new(ty: &'static Type, args: Args<'_>) -> Result<Obj, Exc> {
    let class = as_class(ty).ok_or_else(|| exc::type_error(msg!("not a class")))?;
    let init = user_lookup(ty, qstr!("__init__"));
    let obj = if let Some(new) = user_lookup(ty, qstr!("__new__")) {
        let f = new.downcast::<WrapperObj>().map_or(new, |w| w.fun);
        let o = super::call_method(f, Obj::from_static(ty), args)?;
        if !o.ty().is_subtype(ty) {
            return Ok(o);
        }
        o
    } else {
        let native = match class.native {
            Some(n) => {
                let make = n.make_new.ok_or_else(|| exc::type_error(msg!("cannot create instance")))?;
                // With an `__init__`, the built-in part starts empty unless it is an
                // exception (whose args are all the arguments, as in CPython).
                if init.is_none() || n.is_subtype(&exc::BASE_EXCEPTION) {
                    make(n, args)?
                } else if n.flags & type_flags::NATIVE != 0 {
                    // A native class is made by `super().__init__(...)`, with the
                    // arguments its constructor needs (`native_init`).
                    Obj::NULL
                } else {
                    make(n, Args::pos(&[]))?
                }
            }
            None => Obj::NULL,
        };
        if init.is_none() && class.native.is_none() && (!args.pos.is_empty() || !args.kw.is_empty()) {
            return Err(exc::arg_count(0, args.pos.len()));
        }
        new_instance(ty, native)?
    };
    if let Some(init) = init {
        let r = super::call_method(init, obj, args)?;
        if r != Obj::NONE {
            return Err(exc::type_error_fmt(msg!("__init__() should return None, not '{}'"), &[r.ty().name()]));
        }
    }
    Ok(obj)
}

/// `super().__init__(...)` reaching a built-in base: rebuild the built-in part.
pub static NATIVE_INIT: fun::NativeKwFn = fun::NativeKwFn::new(qstr!("__init__"), native_init);

fn native_init(args: Args<'_>) -> Result<Obj, Exc> {
    let Some((&o, rest)) = args.pos.split_first() else { return Err(exc::arg_count(1, 0)) };
    let Some(inst) = o.downcast::<InstanceObj>() else { return Ok(Obj::NONE) };
    let Some(class) = as_class(o.ty()) else { return Ok(Obj::NONE) };
    if let Some(n) = class.native {
        if let Some(make) = n.make_new {
            inst.native.set(make(n, Args { pos: rest, kw: args.kw })?);
        }
    }
    Ok(Obj::NONE)
}

// ---------------------------------------------------------------------------------------
// super

#[repr(C)]
pub struct SuperObj {
    pub base: ObjBase,
    /// The class whose successors in the MRO are searched.
    pub class: Obj,
    pub obj: Obj,
}

// SAFETY: `#[repr(C)]`, `ObjBase` first; only `SUPER_TYPE` objects are `SuperObj`s.
unsafe impl PyObj for SuperObj {
    const TYPE: Option<&'static Type> = Some(&SUPER_TYPE);
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &SUPER_TYPE)
    }
}

pub static SUPER_TYPE: Type = Type {
    name: qstr!("super"),
    make_new: Some(super_make_new),
    print: Some(super_print),
    attr: Some(super_attr),
    ..Type::EMPTY
};

fn super_make_new(_ty: &'static Type, args: Args<'_>) -> Result<Obj, Exc> {
    match args.no_kw()? {
        [c, o] => {
            if c.downcast::<Type>().is_none() {
                return Err(exc::type_error(msg!("first argument to super() must be type")));
            }
            Ok(Obj::from_ref(gc::new(SuperObj { base: ObjBase::new(&SUPER_TYPE), class: *c, obj: *o })?))
        }
        a => Err(exc::arg_count(2, a.len())),
    }
}

fn super_print(o: Obj, out: &mut dyn Print, _kind: PrintKind) -> Result<(), Exc> {
    let Some(s) = o.downcast::<SuperObj>() else { return Ok(()) };
    out.write(b"<super: ")?;
    crate::obj::print(s.class, out, PrintKind::Str)?;
    out.write(b", ")?;
    crate::obj::print(s.obj, out, PrintKind::Str)?;
    out.write(b">")
}

/// `super(C, obj).name` for a call: the attribute from the first class after `C` in the
/// MRO of `obj` (or of `obj` itself when it is a class).
///
/// # Errors
/// Whatever a getter raises.
pub fn super_load_method(s: &SuperObj, name: Qstr) -> Result<(Obj, Obj), Exc> {
    let obj = s.obj;
    let start = s.class.downcast::<Type>();
    let (mro_owner, is_class) = match obj.downcast::<Type>() {
        Some(t) if start.is_some_and(|c| t.is_subtype(c)) => (t, true),
        _ => (obj.ty(), false),
    };
    let mut seen = false;
    let found = mro_find(mro_owner, |t| {
        if !seen {
            seen = start.is_some_and(|c| core::ptr::eq(t, c));
            return None;
        }
        if as_class(t).is_none() && name == qstr!("__init__") {
            if core::ptr::eq(t, &OBJECT_TYPE) {
                return Some(Obj::from_static(&OBJECT_INIT));
            }
            return Some(Obj::from_static(&NATIVE_INIT));
        }
        if core::ptr::eq(t, &OBJECT_TYPE) {
            if let Some((_, f)) = OBJECT_ATTR_HOOKS.iter().find(|(q, _)| *q == name) {
                return Some(*f);
            }
        }
        own_lookup(t, name).ok().flatten()
    });
    let Some(f) = found else { return Ok((Obj::NULL, Obj::NULL)) };
    if is_class {
        if let Some(w) = f.downcast::<WrapperObj>() {
            if core::ptr::eq(f.ty(), &CLASSMETHOD_TYPE) {
                return Ok((w.fun, obj));
            }
            return Ok((w.fun, Obj::NULL));
        }
        return Ok((f, Obj::NULL));
    }
    bind(f, obj, mro_owner)
}

fn super_attr(o: Obj, name: Qstr) -> Result<Obj, Exc> {
    let Some(s) = o.downcast::<SuperObj>() else { return Ok(Obj::NULL) };
    let (v, self_) = super_load_method(s, name)?;
    if self_.is_null() || v.is_null() {
        return Ok(v);
    }
    fun::new_bound(v, self_)
}
