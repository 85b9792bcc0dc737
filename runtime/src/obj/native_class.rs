//! Native classes: Rust structs as Python types (what `#[mp_class]` emits), and exception
//! types declared in Rust (`#[mp_exception]`).
//!
//! A class is a ROM [`NativeType`]: an ordinary [`Type`] record at its head (flag
//! `NATIVE`), the `TypeId` of its Rust struct, and its constructor and `__next__` thunks.
//! Its methods are `NativeFn`s in the type's ROM `locals` dict, made by the same thunk and
//! `ArgSpec` machinery as module functions; its special methods are entries of that dict
//! too (`__repr__`, `__len__`, ...), and the type's slots point at the shared functions
//! here, which look the method up and call it. So a class costs ROM tables plus one thunk
//! per method, and no per-class slot code.
//!
//! An instance is a [`NativeObj<T>`] in the GC heap: the header, a borrow counter and the
//! struct. The GC scans every word of a reachable block, so `Obj` fields of the struct
//! are kept alive without rooting or a trace function (docs/ARCHITECTURE.md, "Native
//! classes"). Heap blocks never run destructors: the struct must not need `Drop`; a class
//! with `__del__` gets it called before its instance is freed (`gc::finaliser`).
//!
//! Borrows are checked as `RefCell`'s are: `&self` methods take a shared borrow, `&mut
//! self` methods an exclusive one, and a conflict (a method re-entering its own instance
//! through a callback) raises `RuntimeError` instead of aliasing. A class without any
//! `&mut self` method is *frozen* ([`NativeClass::FROZEN`]): its shared borrows are not
//! counted at all, and exclusive ones are refused.
//!
//! Soundness does not rest on the macro: an object is only created by [`new`], which
//! stamps it with `T`'s type record after checking that the record's `TypeId` is `T`'s,
//! and [`NativeObj::has_layout`] checks both again (constants, folded away by the
//! compiler), so no `NativeClass` impl, hand-written or not, can make one struct be read
//! as another.

use core::any::TypeId;
use core::cell::{Cell, UnsafeCell};
use core::marker::PhantomData;
use core::ops::{Deref, DerefMut};

use super::repr::{ObjBase, PyObj};
use super::{class, exc, int, str as pystr, type_flags, Args, Obj, Type};
use crate::bytecode::{BinOp, UnaryOp};
use crate::gc;
use crate::print::{Print, PrintKind, StrBuf};
use crate::qstr::Qstr;
use exc::Exc;

/// A converting thunk, as `NativeFn`s hold.
pub type Thunk = fn(&[Obj]) -> Result<Obj, Exc>;

/// A Rust struct that is a Python class. `#[mp_class]` implements it.
pub trait NativeClass: Sized + 'static {
    /// The class's type record (a `static`).
    fn native_type() -> &'static NativeType;
    /// No method takes `&mut self`: shared borrows are free, exclusive ones refused.
    const FROZEN: bool;
}

/// The type record of a native class: a `Type` first, so `&NATIVE.ty` is the class.
#[repr(C)]
pub struct NativeType {
    pub ty: Type,
    /// `TypeId::of::<T>` of the struct its instances hold.
    type_id: fn() -> TypeId,
    /// `#[new]`: the constructor (a function returning the new object, a `NativeFn` or a
    /// `NativeSpecFn`), or NULL.
    new: Obj,
    /// `__next__`: a thunk returning `Obj::NULL` when exhausted.
    next: Option<Thunk>,
}

impl NativeType {
    /// The type record of `T`, from `ty` (name, slots, locals; the `NATIVE` flag is added).
    pub const fn new<T: 'static>(ty: Type, new: Obj, next: Option<Thunk>) -> NativeType {
        let flags = ty.flags | type_flags::NATIVE;
        NativeType { ty: Type { flags, ..ty }, type_id: TypeId::of::<T>, new, next }
    }
}

/// `T`'s type record, typed by `T`: what `#[mp_class]` writes (`static __MP_CLASS_C:
/// ClassType<C>`). It is made only by [`ClassType::new`], which builds the record for `T`
/// itself, so the record's `TypeId` is `T`'s by construction; that is what lets a ROM
/// instance ([`RomObj`]) be built in const context, where `TypeId`s cannot be compared.
#[repr(transparent)]
pub struct ClassType<T: 'static> {
    pub native: NativeType,
    _t: PhantomData<fn() -> T>,
}

impl<T: 'static> ClassType<T> {
    /// `T`'s record (see [`NativeType::new`]).
    pub const fn new(ty: Type, new: Obj, next: Option<Thunk>) -> ClassType<T> {
        ClassType { native: NativeType::new::<T>(ty, new, next), _t: PhantomData }
    }
}

/// The `NativeType` a type record heads, if it is one.
fn native_type(t: &'static Type) -> Option<&'static NativeType> {
    if t.flags & type_flags::NATIVE == 0 {
        return None;
    }
    // SAFETY: the NATIVE flag is set only by `NativeType::new`, on the `ty` head of a
    // `NativeType` (`#[repr(C)]`, `ty` first), so a pointer to the head points to it.
    Some(unsafe { &*(t as *const Type as *const NativeType) })
}

/// An instance: the header, the borrow state, the struct.
#[repr(C)]
pub struct NativeObj<T> {
    base: ObjBase,
    /// 0: free; `n > 0`: `n` shared borrows; -1: borrowed mutably. Unused when frozen.
    borrow: Cell<isize>,
    value: UnsafeCell<T>,
}

// SAFETY: `#[repr(C)]` with `ObjBase` first. Objects whose type is `T`'s record are made
// only by `new::<U>`, which checks that the record's `TypeId` is `U`'s; `has_layout` checks
// that it is `T`'s, so `U` is `T`.
unsafe impl<T: NativeClass> PyObj for NativeObj<T> {
    #[inline]
    fn has_layout(ty: &'static Type) -> bool {
        let nt = T::native_type();
        core::ptr::eq(ty, &nt.ty) && (nt.type_id)() == TypeId::of::<T>()
    }
}

/// A ROM instance of a frozen class: `#[mp_const] const mem8: Mem = Mem { width: 1 };`
/// in an `#[mp_module]` makes `static: RomObj<Mem>` in flash. Laid out as [`NativeObj`]
/// (`Cell<isize>` and `UnsafeCell<T>` are transparent over `isize` and `T`), so methods
/// borrow it as any instance. The class must be frozen (checked when the static is built):
/// a frozen class's borrows never write the borrow word and hand out no `&mut T`, so the
/// object is only ever read, and it can live in read-only memory.
#[repr(C)]
pub struct RomObj<T> {
    base: ObjBase,
    borrow: isize,
    value: T,
}

impl<T: NativeClass> RomObj<T> {
    /// The ROM instance of `class` holding `value`. Fails the build if `T` is not frozen.
    pub const fn new(class: &'static ClassType<T>, value: T) -> RomObj<T> {
        assert!(T::FROZEN, "a #[mp_const] instance needs a frozen class: one without `&mut self` methods");
        RomObj { base: ObjBase::new(&class.native.ty), borrow: 0, value }
    }
}

// SAFETY: `#[repr(C)]` with `ObjBase` first, and the same layout as `NativeObj<T>` (whose
// `has_layout` this is): built only by `RomObj::new` from `ClassType<T>`, whose record is
// `T`'s, so an object of that type holds a `T` whether it is a `NativeObj` or a `RomObj`.
unsafe impl<T: NativeClass> PyObj for RomObj<T> {
    #[inline]
    fn has_layout(ty: &'static Type) -> bool {
        NativeObj::<T>::has_layout(ty)
    }
}

/// A new instance holding `value`.
///
/// # Errors
/// `MemoryError`; `TypeError` if `T`'s type record was made for another struct.
pub fn new<T: NativeClass>(value: T) -> Result<Obj, Exc> {
    let nt = T::native_type();
    if (nt.type_id)() != TypeId::of::<T>() {
        return Err(exc::type_error(msg!("native class record of another struct")));
    }
    let obj = NativeObj { base: ObjBase::new(&nt.ty), borrow: Cell::new(0), value: UnsafeCell::new(value) };
    let o = if nt.ty.flags & type_flags::FINALISER != 0 { gc::new_finalised(obj)? } else { gc::new(obj)? };
    Ok(Obj::from_ref(o))
}

/// The GC's finaliser call for the object at `addr` (only native instances of a class
/// with `__del__` are allocated with one): its `__del__`, whose errors (the instance still
/// borrowed, `MemoryError`: allocation fails meanwhile) are dropped.
pub(crate) fn finalise(p: *const u8) {
    // SAFETY: the GC calls this only for blocks allocated by `gc::new_finalised`, which
    // `new` above uses for `NativeObj`s (an `ObjBase` first), and before freeing them.
    let o = unsafe { Obj::from_raw(p) };
    if o.ty().flags & type_flags::FINALISER != 0 {
        let _ = call_special(o, qstr!("__del__"), &[]);
    }
}

/// What a `#[new]` constructor returns: the struct, or a `Result` of it; or the new object
/// itself (`Obj`, made by [`new`]), for a constructor that needs its own object (to keep it
/// alive past the call, say).
pub trait IntoNew<T> {
    /// The new instance.
    ///
    /// # Errors
    /// The constructor's error; `MemoryError`; `TypeError` when an `Obj` returned is not
    /// an instance of `T`'s class.
    fn into_new(self) -> Result<Obj, Exc>;
}

impl<T: NativeClass> IntoNew<T> for T {
    #[inline]
    fn into_new(self) -> Result<Obj, Exc> {
        new(self)
    }
}

impl<T: NativeClass, E: Into<Exc>> IntoNew<T> for Result<T, E> {
    #[inline]
    fn into_new(self) -> Result<Obj, Exc> {
        new(self.map_err(Into::into)?)
    }
}

fn made_here<T: NativeClass>(o: Obj) -> Result<Obj, Exc> {
    match o.downcast::<NativeObj<T>>() {
        Some(_) => Ok(o),
        None => Err(exc::type_error(msg!("#[new] returned an object of another class"))),
    }
}

impl<T: NativeClass> IntoNew<T> for Obj {
    #[inline]
    fn into_new(self) -> Result<Obj, Exc> {
        made_here::<T>(self)
    }
}

impl<T: NativeClass, E: Into<Exc>> IntoNew<T> for Result<Obj, E> {
    #[inline]
    fn into_new(self) -> Result<Obj, Exc> {
        made_here::<T>(self.map_err(Into::into)?)
    }
}

/// A new instance from what a `#[new]` constructor returned.
///
/// # Errors
/// The constructor's error; `MemoryError`.
#[inline]
pub fn construct<T: NativeClass, R: IntoNew<T>>(r: R) -> Result<Obj, Exc> {
    r.into_new()
}

/// A shared borrow of an instance's struct (`&self`).
pub struct Ref<T: NativeClass> {
    obj: &'static NativeObj<T>,
}

impl<T: NativeClass> Deref for Ref<T> {
    type Target = T;
    #[inline]
    fn deref(&self) -> &T {
        // SAFETY: while this `Ref` lives, the borrow state (counted unless frozen; a frozen
        // class hands out no `RefMut`) excludes any `&mut T`.
        unsafe { &*self.obj.value.get() }
    }
}

impl<T: NativeClass> Drop for Ref<T> {
    #[inline]
    fn drop(&mut self) {
        if !T::FROZEN {
            self.obj.borrow.set(self.obj.borrow.get() - 1);
        }
    }
}

/// An exclusive borrow of an instance's struct (`&mut self`).
pub struct RefMut<T: NativeClass> {
    obj: &'static NativeObj<T>,
}

impl<T: NativeClass> Deref for RefMut<T> {
    type Target = T;
    #[inline]
    fn deref(&self) -> &T {
        // SAFETY: the borrow state is -1 while this `RefMut` lives: no other borrow exists.
        unsafe { &*self.obj.value.get() }
    }
}

impl<T: NativeClass> DerefMut for RefMut<T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut T {
        // SAFETY: as above; `&mut self` makes this the only reference handed out.
        unsafe { &mut *self.obj.value.get() }
    }
}

impl<T: NativeClass> Drop for RefMut<T> {
    #[inline]
    fn drop(&mut self) {
        self.obj.borrow.set(0);
    }
}

/// The instance behind `o` (an instance of `T`'s class, or of a Python subclass of it).
///
/// # Errors
/// `TypeError` when `o` is something else.
#[inline]
fn instance<T: NativeClass>(o: Obj) -> Result<&'static NativeObj<T>, Exc> {
    match o.downcast::<NativeObj<T>>() {
        Some(n) => Ok(n),
        None => Err(wrong_self(&T::native_type().ty, o)),
    }
}

#[cold]
fn wrong_self(expected: &'static Type, got: Obj) -> Exc {
    if got.ty().is_subtype(expected) {
        // A Python subclass whose `__init__` did not call `super().__init__(...)`.
        return exc::new_msg_fmt(
            &exc::TYPE_ERROR,
            msg!("'{}' object has no '{}' part (call super().__init__())"),
            &[got.ty().name(), expected.name()],
        );
    }
    exc::wrong_self(expected, got)
}

#[cold]
fn borrow_error(o: Obj, what: &str) -> Exc {
    exc::new_msg_fmt(&exc::RUNTIME_ERROR, msg!("'{}' object is already {}"), &[o.ty().name(), what])
}

/// `&self`: a shared borrow of the struct behind `o`.
///
/// # Errors
/// `TypeError` when `o` is not an instance of `T`'s class; `RuntimeError` while it is
/// borrowed mutably (a `&mut self` method is running on it).
#[inline]
pub fn borrow<T: NativeClass>(o: Obj) -> Result<Ref<T>, Exc> {
    let obj = instance::<T>(o)?;
    if !T::FROZEN {
        let b = obj.borrow.get();
        if b < 0 {
            return Err(borrow_error(o, "mutably borrowed"));
        }
        obj.borrow.set(b + 1);
    }
    Ok(Ref { obj })
}

/// `&mut self`: the exclusive borrow of the struct behind `o`.
///
/// # Errors
/// `TypeError` when `o` is not an instance of `T`'s class (or `T` is frozen);
/// `RuntimeError` while it is borrowed (a method of it is running).
#[inline]
pub fn borrow_mut<T: NativeClass>(o: Obj) -> Result<RefMut<T>, Exc> {
    let obj = instance::<T>(o)?;
    if T::FROZEN {
        return Err(exc::type_error(msg!("frozen class")));
    }
    if obj.borrow.get() != 0 {
        return Err(borrow_error(o, "borrowed"));
    }
    obj.borrow.set(-1);
    Ok(RefMut { obj })
}

impl crate::convert::IntoResult for StrBuf {
    /// The text written to the buffer, as a str (for `__repr__`).
    fn into_result(self) -> Result<Obj, Exc> {
        pystr::from_gcvec(self.buf)
    }
}

// ---------------------------------------------------------------------------------------
// Slots: each looks its special method up in the type's ROM locals and calls it.

/// The special method `name` of `o`'s class.
#[inline]
fn special(o: Obj, name: Qstr) -> Option<Obj> {
    o.ty().locals.and_then(|l| l.get(Obj::from_qstr(name)))
}

/// Call the special method `name` with `o` first; `None` when the class has none.
#[inline(always)]
fn call_special(o: Obj, name: Qstr, args: &[Obj]) -> Result<Option<Obj>, Exc> {
    call_special_or_null(o, name, args).map(Obj::non_null)
}

/// [`call_special`] out of line, NULL for `None` (a result in registers on the MCU).
#[inline(never)]
fn call_special_or_null(o: Obj, name: Qstr, args: &[Obj]) -> Result<Obj, Exc> {
    let Some(f) = special(o, name) else { return Ok(Obj::NULL) };
    super::call_method(f, o, Args::pos(args))
}

/// `make_new`: the `#[new]` constructor.
///
/// # Errors
/// `TypeError` without one, and whatever it raises.
pub fn make_new(ty: &'static Type, args: Args<'_>) -> Result<Obj, Exc> {
    match native_type(ty).map_or(Obj::NULL, |n| n.new) {
        f if f.is_null() => Err(exc::type_error_fmt(msg!("cannot create '{}' instances"), &[ty.name()])),
        f => super::call_args(f, args),
    }
}

/// `print`: `__str__` (for `str`) or `__repr__`, else `<Name object at 0x...>`.
///
/// # Errors
/// Whatever the method raises; `TypeError` when it returns a non-str.
pub fn print(o: Obj, out: &mut dyn Print, kind: PrintKind) -> Result<(), Exc> {
    let mut r = None;
    if kind == PrintKind::Str {
        r = call_special(o, qstr!("__str__"), &[])?;
    }
    if r.is_none() {
        r = call_special(o, qstr!("__repr__"), &[])?;
    }
    match r {
        Some(s) => match pystr::as_str_bytes(s) {
            Some(b) => out.write(b),
            None => Err(exc::type_error(msg!("__str__ returned non-string"))),
        },
        None => {
            out.write(b"<")?;
            out.write_str(o.ty().name())?;
            out.write(b" object at ")?;
            crate::print::print_int_radix(out, o.addr() as i64, 16, "0x")?;
            out.write(b">")
        }
    }
}

/// `call`: `__call__`.
///
/// # Errors
/// Whatever it raises.
pub fn call(o: Obj, args: Args<'_>) -> Result<Obj, Exc> {
    match special(o, qstr!("__call__")) {
        Some(f) => {
            // A call slot's count, as MicroPython's `mp_arg_check_num` in a type's `call`:
            // the arguments given, not counting the instance the method receives.
            if let Some(n) = f.downcast::<super::fun::NativeFn>() {
                let given = args.pos.len();
                if args.kw.is_empty() && n.max_args != super::fun::NativeFn::VARARGS {
                    let (min, max) =
                        (usize::from(n.min_args).saturating_sub(1), usize::from(n.max_args).saturating_sub(1));
                    if given > max {
                        return Err(if min == max {
                            exc::arg_count(max, given)
                        } else {
                            exc::at_most_args(max, given)
                        });
                    }
                }
            }
            super::call_method(f, o, args)
        }
        None => Err(exc::type_error_fmt(msg!("'{}' object isn't callable"), &[o.ty().name()])),
    }
}

/// `len`: `__len__`.
///
/// # Errors
/// Whatever it raises.
pub fn len(o: Obj) -> Result<Option<usize>, Exc> {
    match call_special(o, qstr!("__len__"), &[])? {
        Some(n) => usize::try_from(int::expect_i64(n)?)
            .map(Some)
            .map_err(|_| exc::value_error(msg!("__len__() should return >= 0"))),
        None => Ok(None),
    }
}

/// `subscr`: `__getitem__`, `__setitem__`, `__delitem__`.
///
/// # Errors
/// Whatever they raise; `TypeError` for the ones the class lacks.
pub fn subscr(o: Obj, index: Obj, value: Obj) -> Result<Obj, Exc> {
    let r = if value.is_null() {
        call_special(o, qstr!("__getitem__"), &[index])?
    } else if value == super::SENTINEL_DELETE {
        call_special(o, qstr!("__delitem__"), &[index])?
    } else {
        call_special(o, qstr!("__setitem__"), &[index, value])?
    };
    match r {
        Some(r) => Ok(r),
        None => super::subscr_unsupported(o, value),
    }
}

/// `iter`: `__iter__`, else the sequence protocol over `__getitem__` (until `IndexError`).
///
/// # Errors
/// Whatever it raises.
pub fn iter(o: Obj) -> Result<Obj, Exc> {
    match call_special(o, qstr!("__iter__"), &[])? {
        Some(r) => Ok(r),
        None if special(o, qstr!("__getitem__")).is_some() => super::getitem_iter(o),
        None => Err(exc::not_iterable(o)),
    }
}

/// `iternext`: the `__next__` thunk, which returns `Obj::NULL` when exhausted (no
/// `StopIteration` is made).
///
/// # Errors
/// Whatever it raises.
pub fn iternext(o: Obj) -> Result<Obj, Exc> {
    match native_type(o.ty()).and_then(|n| n.next) {
        Some(next) => next(&[o]),
        None => Err(exc::type_error_fmt(msg!("'{}' object isn't an iterator"), &[o.ty().name()])),
    }
}

/// The result of a `__next__` method as the thunk returns it: `None` is exhaustion
/// (`Obj::NULL`), for the `iternext` slot; `it.__next__()` from Python goes through the
/// builtin `next`, which raises `StopIteration` for it.
///
/// # Errors
/// The item's conversion error.
pub fn next_result<T: crate::convert::IntoResult>(item: Option<T>) -> Result<Obj, Exc> {
    match item {
        Some(v) => v.into_result(),
        None => Ok(Obj::NULL),
    }
}

/// `unary_op`: `__neg__`, `__pos__`, `__invert__` (`not` is `__bool__`'s).
///
/// # Errors
/// Whatever the method raises.
pub fn unary_op(op: UnaryOp, o: Obj) -> Result<Obj, Exc> {
    Ok(call_special(o, class::unary_dunder(op), &[])?.unwrap_or(Obj::NULL))
}

/// `binary_op`: `__add__`, `__eq__`, `__lt__`, `__contains__`, ...; `NotImplemented` or a
/// missing method is "unsupported" (`Obj::NULL`). `!=` falls back to `not __eq__`.
///
/// # Errors
/// Whatever the method raises.
pub fn binary_op(op: BinOp, a: Obj, b: Obj) -> Result<Obj, Exc> {
    let Some(q) = class::binary_dunder(op, false) else { return Ok(Obj::NULL) };
    let (r, negate) = match call_special(a, q, &[b])? {
        Some(r) => (r, false),
        // `a > b` is `b < a` when `b` is a native object with `__lt__` (the runtime asks
        // the right operand only when the types differ).
        None if matches!(op, BinOp::Lt | BinOp::Gt | BinOp::Le | BinOp::Ge)
            && b.ty().flags & type_flags::NATIVE != 0 =>
        {
            match class::reflected_dunder(op).map(|rq| call_special(b, rq, &[a])).transpose()?.flatten() {
                Some(r) => (r, false),
                None => return Ok(Obj::NULL),
            }
        }
        None if op == BinOp::Ne => match call_special(a, qstr!("__eq__"), &[b])? {
            Some(r) => (r, true),
            None => return Ok(Obj::NULL),
        },
        None => return Ok(Obj::NULL),
    };
    if r == class::NOT_IMPLEMENTED {
        return Ok(Obj::NULL);
    }
    if negate || op == BinOp::In {
        return Ok(Obj::from_bool(super::is_true(r)? != negate));
    }
    Ok(r)
}

/// `a op= b`: the class's in-place method (`__iadd__`). One that returns nothing (a Rust
/// `fn __iadd__(&mut self, ..)`, which changes the instance) leaves `a` bound to itself;
/// NULL when the class has none, and `a op b` is tried instead.
///
/// # Errors
/// Whatever the method raises.
pub fn inplace_op(op: BinOp, a: Obj, b: Obj) -> Result<Obj, Exc> {
    let Some(q) = class::binary_dunder(op, true) else { return Ok(Obj::NULL) };
    match call_special(a, q, &[b])? {
        Some(r) if r == Obj::NONE => Ok(a),
        Some(r) if r != class::NOT_IMPLEMENTED => Ok(r),
        _ => Ok(Obj::NULL),
    }
}

/// `a op b` asked of `b` (a native instance of another type than `a`'s): its reflected
/// method (`__radd__`, or `__gt__` for `<`); NULL when it has none.
///
/// # Errors
/// Whatever the method raises.
pub fn reflected_op(op: BinOp, b: Obj, a: Obj) -> Result<Obj, Exc> {
    let Some(q) = class::reflected_dunder(op) else { return Ok(Obj::NULL) };
    match call_special(b, q, &[a])? {
        Some(r) if r != class::NOT_IMPLEMENTED => Ok(r),
        _ => Ok(Obj::NULL),
    }
}

/// `hash(o)` for an instance: `__hash__`, else `None` (identity).
///
/// # Errors
/// Whatever it raises.
pub fn hash(o: Obj) -> Result<Option<u32>, Exc> {
    match call_special(o, qstr!("__hash__"), &[])? {
        Some(h) if h.is_small_int() => Ok(Some(h.small_int_value() as u32)),
        Some(h) => Ok(Some(int::expect_i64(h)? as u32)),
        None => Ok(None),
    }
}

/// Truth of an instance: `__bool__`, else `__len__`, else true.
///
/// # Errors
/// Whatever they raise.
pub fn is_true(o: Obj) -> Result<bool, Exc> {
    if let Some(r) = call_special(o, qstr!("__bool__"), &[])? {
        return super::is_true(r);
    }
    Ok(len(o)?.is_none_or(|n| n != 0))
}

// ---------------------------------------------------------------------------------------
// Exceptions declared in Rust

/// The type record of an exception class declared in Rust, deriving from `base`.
pub const fn exception_type(name: Qstr, base: &'static Type) -> Type {
    exc::exception_type(name, base)
}

/// An instance of exception type `ty` with `arg` as its one argument.
#[cold]
pub fn new_exception<A: crate::convert::IntoResult>(ty: &'static Type, arg: A) -> Exc {
    match arg.into_result() {
        Ok(a) => exc::new(ty, &[a]),
        Err(e) => e,
    }
}

/// An instance of exception type `ty` without arguments.
#[cold]
pub fn new_exception0(ty: &'static Type) -> Exc {
    exc::new(ty, &[])
}
