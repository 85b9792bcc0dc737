//! The `Type` record (MicroPython's `mp_obj_type_t`): a ROM (or class-head) record of a
//! name, flags and the slots through which every operation on an object dispatches; the
//! protocol slots half the types leave empty are in a `TypeExt` it points to.

use super::{buffer, class, dict, exc::Exc, type_, Args, Obj, ObjBase};
use crate::bytecode::{BinOp, UnaryOp};
use crate::print::{Print, PrintKind};
use crate::qstr::Qstr;

pub type PrintFn = fn(Obj, &mut dyn Print, PrintKind) -> Result<(), Exc>;
/// Call: the callee and its arguments.
pub type CallFn = fn(Obj, Args<'_>) -> Result<Obj, Exc>;
/// Construct an instance of the type (the `__new__` of a built-in type).
pub type MakeNewFn = fn(&'static Type, Args<'_>) -> Result<Obj, Exc>;

/// `Type::flags`.
pub mod type_flags {
    /// A class defined in Python: the `Type` is the head of a `class::ClassObj` and its
    /// instances are `class::InstanceObj`s.
    pub const INSTANCE: u16 = 1 << 0;
    /// Instances may be hashed by identity even with `__eq__` (set on classes that define
    /// `__hash__`, or define neither).
    pub const HASHABLE: u16 = 1 << 1;
    /// A ROM type of mutable containers whose objects refuse `hash()` (`collections.deque`).
    pub const UNHASHABLE: u16 = 1 << 2;
    /// A class defined in Rust (`#[mp_class]`): the `Type` is the head of a
    /// `native_class::NativeType`.
    pub const NATIVE: u16 = 1 << 3;
    /// A native class with `__del__`: instances are allocated with a GC finaliser.
    pub const FINALISER: u16 = 1 << 4;
}
/// Load attribute: `Obj::NULL` when absent.
pub type AttrFn = fn(Obj, Qstr) -> Result<Obj, Exc>;
/// `Obj::NULL` means "not supported for these operands".
pub type BinaryFn = fn(BinOp, Obj, Obj) -> Result<Obj, Exc>;
pub type UnaryFn = fn(UnaryOp, Obj) -> Result<Obj, Exc>;
/// `(obj, index, value)`: value `NULL` loads, `SENTINEL_DELETE` deletes, else stores.
pub type SubscrFn = fn(Obj, Obj, Obj) -> Result<Obj, Exc>;
pub type IterFn = fn(Obj) -> Result<Obj, Exc>;
/// The next item, or `Obj::NULL` when exhausted.
pub type IterNextFn = fn(Obj) -> Result<Obj, Exc>;
/// `Ok(None)`: no length.
pub type LenFn = fn(Obj) -> Result<Option<usize>, Exc>;

/// A type: a ROM record of a name and function pointers (MicroPython's `mp_obj_type_t`).
/// The slots most types fill are here; the protocol slots half the types leave empty are
/// in a [`TypeExt`] they may share (28 bytes a type fewer on a 32-bit MCU).
#[repr(C)]
pub struct Type {
    pub base: ObjBase,
    pub name: Qstr,
    /// `type_flags::*`.
    pub flags: u16,
    /// The base type (ROM types have at most one; user classes keep all their bases and
    /// their MRO in the `class::ClassObj` this record heads, and the first base here).
    pub parent: Option<&'static Type>,
    pub make_new: Option<MakeNewFn>,
    pub print: Option<PrintFn>,
    pub attr: Option<AttrFn>,
    /// Methods and class attributes.
    pub locals: Option<&'static dict::RomDict>,
    /// The protocol slots, `None` when all are empty.
    pub ext: Option<&'static TypeExt>,
}

/// The protocol slots of a [`Type`]: calls, operators, subscripts, iteration, length and
/// buffer.
pub struct TypeExt {
    pub call: Option<CallFn>,
    pub unary_op: Option<UnaryFn>,
    pub binary_op: Option<BinaryFn>,
    pub subscr: Option<SubscrFn>,
    pub iter: Option<IterFn>,
    pub iternext: Option<IterNextFn>,
    pub len: Option<LenFn>,
    /// Where the object's bytes are (`buffer::get`).
    pub buffer: Option<buffer::BufferFn>,
}

impl TypeExt {
    /// No slot filled in; use with `..TypeExt::EMPTY`.
    pub const EMPTY: TypeExt = TypeExt {
        call: None,
        unary_op: None,
        binary_op: None,
        subscr: None,
        iter: None,
        iternext: None,
        len: None,
        buffer: None,
    };
}

/// Each protocol slot read through `ext`.
macro_rules! ext_slots {
    ($($name:ident: $t:ty),*) => {
        impl Type {
            $(
                #[inline]
                pub fn $name(&self) -> Option<$t> {
                    match self.ext {
                        Some(e) => e.$name,
                        None => None,
                    }
                }
            )*
        }
    };
}
ext_slots!(call: CallFn, unary_op: UnaryFn, binary_op: BinaryFn, subscr: SubscrFn, iter: IterFn,
    iternext: IterNextFn, len: LenFn, buffer: buffer::BufferFn);

impl Type {
    /// A type with nothing filled in; use with `..Type::EMPTY`.
    pub const EMPTY: Type = Type {
        base: ObjBase::new(&type_::TYPE_TYPE),
        name: qstr!(""),
        flags: 0,
        parent: None,
        make_new: None,
        print: None,
        attr: None,
        locals: None,
        ext: None,
    };

    /// Whether `self` is `other` or derives from it.
    pub fn is_subtype(&'static self, other: &'static Type) -> bool {
        if core::ptr::eq(self, other) || core::ptr::eq(other, &class::OBJECT_TYPE) {
            return true;
        }
        if self.flags & type_flags::INSTANCE != 0 {
            return class::mro_find(self, |t| core::ptr::eq(t, other).then_some(())).is_some();
        }
        let mut t = self.parent;
        while let Some(ty) = t {
            if core::ptr::eq(ty, other) {
                return true;
            }
            t = ty.parent;
        }
        false
    }

    pub fn name(&self) -> &'static str {
        self.name.as_str()
    }
}
