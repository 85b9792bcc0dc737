//! `Obj`: one tagged machine word, constructible in const context.
//!
//! | low bits  | meaning                                               |
//! |-----------|-------------------------------------------------------|
//! | `...xxx1` | small int, `value << 1 | 1`                           |
//! | `...x010` | qstr, `id << 3 | 0b010`                               |
//! | `...x110` | immediate: None, False, True, Ellipsis                |
//! | `...xx00` | pointer to an object starting with an [`ObjBase`]     |
//!
//! All pointer and tag arithmetic lives in this file. A pointer `Obj` refers either to a
//! ROM `static` or to a GC heap block; the conservative GC keeps the latter alive for as
//! long as any word on the stack or in a reachable block points at it.

use core::ptr;

use super::Type;
use crate::qstr::Qstr;

/// The header every object starts with (MicroPython's `mp_obj_base_t`).
#[repr(C)]
pub struct ObjBase {
    pub ty: &'static Type,
}

impl ObjBase {
    pub const fn new(ty: &'static Type) -> Self {
        ObjBase { ty }
    }
}

/// Rust structs that are Python objects.
///
/// # Safety
/// The implementor is `#[repr(C)]` with an [`ObjBase`] as its first field, and every
/// object whose type satisfies `has_layout` has exactly this layout.
pub unsafe trait PyObj: 'static {
    /// The one type laid out as `Self`, when there is exactly one (most built-in types):
    /// then `has_layout(ty)` is `ty == TYPE` (or [`PyObj::ALT_TYPE`]) and [`Obj::downcast`] is a shared function
    /// comparing against it, not code of its own for each `Self`.
    const TYPE: Option<&'static Type> = None;
    /// A second type laid out as `Self` beside [`PyObj::TYPE`] (`tuple`'s named tuples),
    /// when there are exactly two.
    const ALT_TYPE: Option<&'static Type> = None;
    /// Whether objects of type `ty` are laid out as `Self`.
    fn has_layout(ty: &'static Type) -> bool;
}

/// A Python value: one word.
#[derive(Copy, Clone, PartialEq, Eq)]
#[repr(transparent)]
pub struct Obj(*const ());

// SAFETY: an `Obj` is an immutable word; the runtime runs on one thread, and the objects
// in `static`s it points to are read-only ROM data or use `Cell`s only touched by that thread.
unsafe impl Sync for Obj {}
// SAFETY: as above.
unsafe impl Send for Obj {}

const TAG_QSTR: usize = 0b010;
const TAG_IMM: usize = 0b110;

/// Smallest and largest small-int values on this target.
pub const SMALL_INT_MIN: isize = isize::MIN >> 1;
pub const SMALL_INT_MAX: isize = isize::MAX >> 1;

impl Obj {
    /// "No value": an unbound local, an exhausted iterator, a missing default.
    pub const NULL: Obj = Obj(ptr::null());
    pub const NONE: Obj = Obj::imm(0);
    pub const FALSE: Obj = Obj::imm(1);
    pub const TRUE: Obj = Obj::imm(2);
    pub const ELLIPSIS: Obj = Obj::imm(3);
    /// Internal marker (e.g. a subscript deletion); never visible to Python code.
    pub const SENTINEL: Obj = Obj::imm(7);

    const fn imm(n: usize) -> Obj {
        Obj(ptr::without_provenance((n << 3) | TAG_IMM))
    }

    /// A small int; `v` must lie in `SMALL_INT_MIN..=SMALL_INT_MAX` (else it wraps).
    #[inline]
    pub const fn small_int(v: isize) -> Obj {
        Obj(ptr::without_provenance(((v << 1) | 1) as usize))
    }

    #[inline]
    pub const fn fits_small_int(v: i64) -> bool {
        v >= SMALL_INT_MIN as i64 && v <= SMALL_INT_MAX as i64
    }

    #[inline]
    pub const fn from_bool(b: bool) -> Obj {
        if b {
            Obj::TRUE
        } else {
            Obj::FALSE
        }
    }

    #[inline]
    pub const fn from_qstr(q: Qstr) -> Obj {
        Obj(ptr::without_provenance(((q.id() as usize) << 3) | TAG_QSTR))
    }

    /// A ROM object (a `static` whose first field is an `ObjBase`).
    #[inline]
    pub const fn from_static<T: PyObj>(r: &'static T) -> Obj {
        Obj(r as *const T as *const ())
    }

    /// The object whose header is at `p`.
    ///
    /// # Safety
    /// `p` must point to a live object: a heap block or a static starting with an
    /// `ObjBase` (the GC's finaliser table guarantees it for the blocks it names).
    #[inline]
    pub(crate) unsafe fn from_raw(p: *const u8) -> Obj {
        Obj(p as *const ())
    }

    /// A heap or ROM object.
    #[inline]
    pub fn from_ref<T: PyObj>(r: &T) -> Obj {
        Obj(r as *const T as *const ())
    }

    #[inline]
    pub fn bits(self) -> usize {
        self.0 as usize
    }

    #[inline]
    pub fn is_null(self) -> bool {
        self.0.is_null()
    }

    /// `None` for NULL, else the object.
    #[inline]
    pub fn non_null(self) -> Option<Obj> {
        (!self.is_null()).then_some(self)
    }

    #[inline]
    pub fn is_small_int(self) -> bool {
        self.bits() & 1 == 1
    }

    /// The value of a small int (arithmetic shift undoes the tag).
    #[inline]
    pub fn small_int_value(self) -> isize {
        (self.bits() as isize) >> 1
    }

    #[inline]
    pub fn is_qstr(self) -> bool {
        self.bits() & 0b111 == TAG_QSTR
    }

    #[inline]
    pub fn qstr_value(self) -> Qstr {
        Qstr::from_id((self.bits() >> 3) as u16)
    }

    #[inline]
    pub fn is_immediate(self) -> bool {
        self.bits() & 0b111 == TAG_IMM
    }

    #[inline]
    pub fn is_ptr(self) -> bool {
        self.bits() & 0b11 == 0 && !self.is_null()
    }

    /// The type of any non-null object.
    #[inline]
    pub fn ty(self) -> &'static Type {
        if self.is_small_int() {
            &super::int::INT_TYPE
        } else if self.is_qstr() {
            &super::str::STR_TYPE
        } else if self.is_immediate() {
            match self {
                Obj::NONE => &super::none::NONE_TYPE,
                Obj::ELLIPSIS => &super::none::ELLIPSIS_TYPE,
                _ => &super::bool::BOOL_TYPE,
            }
        } else if self.is_null() {
            &super::none::NULL_TYPE
        } else {
            // SAFETY: a pointer `Obj` always points at a live object whose first field is
            // an `ObjBase` (`PyObj`'s contract; the GC keeps it alive while referenced).
            unsafe { (*(self.0 as *const ObjBase)).ty }
        }
    }

    /// The object as a `T`, if its type has `T`'s layout.
    #[inline]
    pub fn downcast<T: PyObj>(self) -> Option<&'static T> {
        if let Some(t) = T::TYPE {
            let p = self.downcast_to(t, T::ALT_TYPE.unwrap_or(t))?;
            // SAFETY: `p` is an object of type `t`, the one type with `T`'s layout
            // (`PyObj::TYPE`'s contract); it lives in ROM or in the GC heap.
            return Some(unsafe { &*(p as *const T) });
        }
        if !self.is_ptr() {
            return None;
        }
        let ty = self.ty();
        if T::has_layout(ty) {
            // SAFETY: `has_layout` vouches that this object is a `T` (`PyObj`'s contract);
            // it lives in ROM or in the GC heap, kept alive while reachable.
            return Some(unsafe { &*(self.0 as *const T) });
        }
        if ty.flags & super::type_flags::INSTANCE != 0 {
            // An instance of a user class deriving from a built-in type: the built-in
            // part is its native sub-object (`class L(list)` behaves as a list).
            // SAFETY: objects whose type has the INSTANCE flag are `InstanceObj`s (the flag
            // is set only on user classes, whose instances `class::new_instance` makes).
            let inst = unsafe { &*(self.0 as *const super::class::InstanceObj) };
            let native = inst.native.get();
            if native.is_ptr() && T::has_layout(native.ty()) {
                // SAFETY: as above, for the sub-object.
                return Some(unsafe { &*(native.0 as *const T) });
            }
        }
        None
    }

    /// The object (or the native part of an instance) whose type is `t` or `alt`:
    /// `downcast` for a layout with one or two types, shared by all of them. Out of line on the MCU (flash: one copy
    /// instead of one per type), inlined on the host (speed).
    #[cfg_attr(target_os = "none", inline(never))]
    #[cfg_attr(not(target_os = "none"), inline)]
    fn downcast_to(self, t: &'static Type, alt: &'static Type) -> Option<*const ()> {
        if !self.is_ptr() {
            return None;
        }
        let ty = self.ty();
        if core::ptr::eq(ty, t) || core::ptr::eq(ty, alt) {
            return Some(self.0);
        }
        if ty.flags & super::type_flags::INSTANCE != 0 {
            // SAFETY: objects whose type has the INSTANCE flag are `InstanceObj`s (as in
            // `downcast`).
            let native = unsafe { &*(self.0 as *const super::class::InstanceObj) }.native.get();
            if native.is_ptr() && (core::ptr::eq(native.ty(), t) || core::ptr::eq(native.ty(), alt)) {
                return Some(native.0);
            }
        }
        None
    }

    /// The object's address, for `id()` and the GC.
    #[inline]
    pub fn addr(self) -> usize {
        self.bits()
    }
}

impl core::fmt::Debug for Obj {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "Obj({:#x})", self.bits())
    }
}
